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

QAtomicInteger<qint64> PasswordHash::s_made;
QAtomicInteger<qint64> PasswordHash::s_checked;

QString PasswordHash::make(const QString& password)
{
    if (!ready())
        return {};
    s_made.fetchAndAddRelaxed(1);
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
    s_checked.fetchAndAddRelaxed(1);
    const QByteArray stored = hash.toLatin1();
    const QByteArray secret = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), secret.constData(), size_t(secret.size()))
        == 0;
}

// An Argon2id hash made once, with make()'s costs, of a password nobody types. Checking
// against it costs what checking a user's own hash costs, and nothing more: making it at
// the first unknown name, as before, cost a second derivation and told a guesser which
// names exist (issue 14, finding 11). A test holds it to make()'s costs.
const char* const PasswordHash::kDummyHash = "$argon2id$v=19$m=65536,t=2,p=1$"
                                             "KS75FPc0I/pq1jAg1xXx4A$"
                                             "ONKQWlJwJU/oiLPDx0IUragjTzHIAA94FS5c2ll8ems";

void PasswordHash::spendCheckTime(const QString& password)
{
    (void)matches(QString::fromLatin1(kDummyHash), password);
}

PasswordHash::Counters PasswordHash::counters()
{
    return { s_made.loadRelaxed(), s_checked.loadRelaxed() };
}

bool PasswordHash::needsRehash(const QString& hash)
{
    if (!ready())
        return false;
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), kOpsLimit, kMemLimit) != 0;
}

} // namespace fd
