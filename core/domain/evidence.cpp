#include "evidence.h"

using namespace Qt::Literals::StringLiterals;

namespace fd {

QString evidenceKindKey(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Order:
        return u"order"_s;
    case EvidenceKind::Repair:
        return u"repair"_s;
    case EvidenceKind::Callback:
        return u"callback"_s;
    case EvidenceKind::Complaint:
        return u"complaint"_s;
    }
    return {};
}

} // namespace fd
