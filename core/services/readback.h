#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <optional>

namespace fd {

// A row a service has just written, read back inside the same transaction so that the
// caller sees what storage holds (its new version, defaults the database filled). It can
// only be missing if storage lost it; that is reported as a failure with a message (never
// an empty error), and the caller's transaction, not yet committed, keeps nothing.
template <typename T> Result<T> readBack(Result<std::optional<T>> found)
{
    if (!found.ok())
        return Error(found.error());
    if (!found.value()) {
        return Error(QCoreApplication::translate("fd::readBack",
            "The record just saved could not be read back; the change was not kept."));
    }
    return std::move(*found.value());
}

} // namespace fd
