#include "passwordhash.h"

#include <QByteArray>
#include <sodium.h>

namespace fd {

namespace {

// libsodium's interactive costs: about a tenth of a second and 64 MiB per check here, which
// is what a sign-in may take and what makes guessing millions of passwords expensive.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace

QString PasswordHash::make(const QString& password)
{
    if (!ready())
        return {};
    const QByteArray secret = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, secret.constData(), size_t(secret.size()), kOpsLimit, kMemLimit)
        != 0)
        return {};
    return QString::fromLatin1(hash);
}

bool PasswordHash::matches(const QString& hash, const QString& password)
{
    if (!ready() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray secret = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), secret.constData(), size_t(secret.size()))
        == 0;
}

void PasswordHash::spendCheckTime(const QString& password)
{
    static const QString decoy = make(QStringLiteral("decoy password for unknown names"));
    (void)matches(decoy, password);
}

bool PasswordHash::needsRehash(const QString& hash)
{
    if (!ready())
        return false;
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), kOpsLimit, kMemLimit) != 0;
}

} // namespace fd
