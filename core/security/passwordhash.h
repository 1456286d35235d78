#pragma once

#include <QAtomicInteger>
#include <QString>

namespace fd {

// Passwords are kept as libsodium's Argon2id strings (issue 6): a slow, memory-hard key
// derivation with a random salt of its own, so equal passwords never share a hash and a
// stolen database does not give the passwords away. The string names its algorithm and
// costs, so a later FiberDesk can raise them and still check older hashes.
class PasswordHash
{
public:
    // Empty on failure (libsodium could not start or memory ran out).
    static QString make(const QString& password);
    static bool matches(const QString& hash, const QString& password);
    // Spends the time a real check takes, for names that have no user: a refusal takes as
    // long whether or not the user exists.
    static void spendCheckTime(const QString& password);
    // Whether `hash` was made with weaker costs than make() uses now.
    static bool needsRehash(const QString& hash);

    // The fixed hash spendCheckTime() checks against.
    static const char* const kDummyHash;
    // How many hashes this process made and checked: what a sign-in spent its time on.
    struct Counters
    {
        qint64 made = 0;
        qint64 checked = 0;
    };
    static Counters counters();

private:
    static QAtomicInteger<qint64> s_made;
    static QAtomicInteger<qint64> s_checked;
};

} // namespace fd
