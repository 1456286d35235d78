// Issue 6: users, passwords and sign-in. A refusal never says whether a user exists; a
// name is locked after repeated failures; equal passwords never share a hash.
#include "rules/ruleset.h"
#include "security/passwordhash.h"
#include "services/auditservice.h"
#include "services/ruleservice.h"
#include "services/userservice.h"
#include "storage/auditrepository.h"
#include "storage/userrepository.h"
#include "support/testdatabase.h"

#include <gtest/gtest.h>
#include <unistd.h>

using namespace fd;
using namespace Qt::Literals::StringLiterals;

namespace {

class Users : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db.setNow(now);
        ASSERT_TRUE(create(u"Ana"_s, Role::Dispatcher, u"correct horse"_s).ok());
    }

    Result<User> create(const QString& name, Role role, const QString& password)
    {
        User user;
        user.name = name;
        user.displayName = name + u" Quispe"_s;
        user.role = role;
        return UserService(db.session()).create(user, password);
    }

    Result<Actor> signIn(const QString& name, const QString& password)
    {
        return SignInService(db.database(), now).signIn(name, password);
    }

    QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
    test::TestDatabase db;
};

} // namespace

TEST_F(Users, SignInWithTheRightPasswordActsAsTheUsersRole)
{
    Result<Actor> actor = signIn(u" ANA "_s, u"correct horse"_s);
    ASSERT_TRUE(actor.ok()) << actor.error().toStdString();
    EXPECT_EQ(actor->user, u"ana"_s) << "names are kept and typed in any letter case";
    EXPECT_EQ(actor->role, Role::Dispatcher);
}

TEST_F(Users, AWrongPasswordReadsLikeAnUnknownName)
{
    Result<Actor> wrongPassword = signIn(u"ana"_s, u"correct horse!"_s);
    Result<Actor> unknownName = signIn(u"nobody"_s, u"correct horse"_s);
    ASSERT_FALSE(wrongPassword.ok());
    ASSERT_FALSE(unknownName.ok());
    EXPECT_EQ(wrongPassword.error(), unknownName.error())
        << "the refusal does not say whether ana exists";
    EXPECT_FALSE(wrongPassword.error().contains(u"ana"_s));
}

TEST_F(Users, RepeatedFailuresLockTheNameForAWhile)
{
    const int attempts = int(RuleSet::defaults().whole(rule::kLockoutAttempts));
    ASSERT_EQ(attempts, 5);
    for (int i = 0; i < attempts; ++i)
        EXPECT_FALSE(signIn(u"ana"_s, u"guess number "_s + QString::number(i)).ok());
    Result<Actor> locked = signIn(u"ana"_s, u"correct horse"_s);
    ASSERT_FALSE(locked.ok()) << "locked: even the right password waits";
    EXPECT_TRUE(locked.error().contains(u"Too many failed sign-ins"_s))
        << locked.error().toStdString();

    // An unknown name is locked the same way: the lock does not tell who exists.
    for (int i = 0; i < attempts; ++i)
        EXPECT_FALSE(signIn(u"nobody"_s, u"guess"_s).ok());
    EXPECT_TRUE(signIn(u"nobody"_s, u"guess"_s).error().contains(u"Too many failed sign-ins"_s));

    now = now.addSecs(14 * 60);
    EXPECT_FALSE(signIn(u"ana"_s, u"correct horse"_s).ok()) << "still within the 15 minutes";
    now = now.addSecs(2 * 60);
    EXPECT_TRUE(signIn(u"ana"_s, u"correct horse"_s).ok()) << "the lock has passed";
}

TEST_F(Users, ASuccessfulSignInClearsEarlierFailures)
{
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(signIn(u"ana"_s, u"wrong password"_s).ok());
    EXPECT_TRUE(signIn(u"ana"_s, u"correct horse"_s).ok());
    for (int i = 0; i < 4; ++i)
        EXPECT_FALSE(signIn(u"ana"_s, u"wrong password"_s).ok());
    EXPECT_TRUE(signIn(u"ana"_s, u"correct horse"_s).ok()) << "four and four are not five in a row";
}

TEST_F(Users, AnAdminResetLiftsTheLock)
{
    for (int i = 0; i < 5; ++i)
        (void)signIn(u"ana"_s, u"wrong password"_s);
    ASSERT_TRUE(UserService(db.session()).resetPassword(u"ana"_s, u"battery staple"_s).ok());
    EXPECT_TRUE(signIn(u"ana"_s, u"battery staple"_s).ok());
    EXPECT_FALSE(signIn(u"ana"_s, u"correct horse"_s).ok());
}

TEST_F(Users, EqualPasswordsHaveDifferentHashes)
{
    ASSERT_TRUE(create(u"luis"_s, Role::Evaluator, u"correct horse"_s).ok());
    const QString ana = UserRepository(db.database()).passwordHash(u"ana"_s).value();
    const QString luis = UserRepository(db.database()).passwordHash(u"luis"_s).value();
    EXPECT_NE(ana, luis) << "each hash has a salt of its own";
    EXPECT_TRUE(ana.startsWith(u"$argon2id$"_s)) << ana.toStdString();
    EXPECT_FALSE(ana.contains(u"correct horse"_s));
    EXPECT_TRUE(PasswordHash::matches(ana, u"correct horse"_s));
    EXPECT_TRUE(PasswordHash::matches(luis, u"correct horse"_s));
    EXPECT_FALSE(PasswordHash::matches(ana, u"correct horsE"_s));
    EXPECT_FALSE(PasswordHash::needsRehash(ana));
}

TEST_F(Users, AnInactiveUserCannotSignIn)
{
    User ana = *UserRepository(db.database()).find(u"ana"_s).value();
    ana.active = false;
    ASSERT_TRUE(UserService(db.session()).update(ana).ok());
    Result<Actor> refused = signIn(u"ana"_s, u"correct horse"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error(), signIn(u"nobody"_s, u"x"_s).error());
}

TEST_F(Users, NamesAndPasswordsAreChecked)
{
    EXPECT_FALSE(create(u"ana"_s, Role::Evaluator, u"another password"_s).ok()) << "one ana";
    EXPECT_FALSE(create(u"two words"_s, Role::Evaluator, u"another password"_s).ok());
    EXPECT_FALSE(create(u""_s, Role::Evaluator, u"another password"_s).ok());
    EXPECT_FALSE(create(u"rosa"_s, Role::Evaluator, u"short"_s).ok());
    EXPECT_FALSE(create(u"rosalinda"_s, Role::Evaluator, u"RosaLinda"_s).ok()) << "not the name";
    Result<User> chinese = create(u"王秀英"_s, Role::CallbackAgent, u"八个字符以上的密码"_s);
    ASSERT_TRUE(chinese.ok()) << chinese.error().toStdString();
    EXPECT_TRUE(signIn(u"王秀英"_s, u"八个字符以上的密码"_s).ok());
}

TEST_F(Users, TheLastActiveAdminStaysAnAdmin)
{
    ASSERT_TRUE(create(u"root"_s, Role::Admin, u"admin password"_s).ok());
    User root = *UserRepository(db.database()).find(u"root"_s).value();
    root.role = Role::Evaluator;
    EXPECT_FALSE(UserService(db.session()).update(root).ok());
    ASSERT_TRUE(create(u"second"_s, Role::Admin, u"admin password"_s).ok());
    EXPECT_TRUE(UserService(db.session()).update(root).ok()) << "another admin remains";
}

TEST_F(Users, UsersChangeTheirOwnPassword)
{
    std::unique_ptr<Session> ana = db.sessionAs(Role::Dispatcher);
    Session asAna(db.database(), Actor { u"ana"_s, Role::Dispatcher }, ana->zone());
    asAna.setClock([this] { return now; });
    EXPECT_FALSE(UserService(asAna).changeOwnPassword(u"wrong"_s, u"a new password"_s).ok());
    EXPECT_FALSE(UserService(asAna).changeOwnPassword(u"correct horse"_s, u"short"_s).ok());
    ASSERT_TRUE(UserService(asAna).changeOwnPassword(u"correct horse"_s, u"a new password"_s).ok());
    EXPECT_TRUE(signIn(u"ana"_s, u"a new password"_s).ok());
    EXPECT_FALSE(UserService(asAna).list().ok()) << "a dispatcher does not manage users";
}

TEST_F(Users, TheFirstRunCreatesTheAdmin)
{
    test::TestDatabase fresh;
    SignInService signInService(fresh.database(), now);
    EXPECT_TRUE(signInService.needsFirstAdmin().value());
    Result<Actor> admin
        = signInService.createFirstAdmin(u"Marta"_s, u"Marta Ríos"_s, u"first admin pw"_s);
    ASSERT_TRUE(admin.ok()) << admin.error().toStdString();
    EXPECT_EQ(admin->role, Role::Admin);
    EXPECT_FALSE(signInService.needsFirstAdmin().value());
    EXPECT_FALSE(signInService.createFirstAdmin(u"intruder"_s, u""_s, u"second admin pw"_s).ok())
        << "only a database without users takes a first admin";
    EXPECT_TRUE(signInService.signIn(u"marta"_s, u"first admin pw"_s).ok());
}

TEST_F(Users, UserChangesGoToTheAuditLog)
{
    User ana = *UserRepository(db.database()).find(u"ana"_s).value();
    ana.role = Role::Evaluator;
    ASSERT_TRUE(UserService(db.session()).update(ana).ok());
    ASSERT_TRUE(UserService(db.session()).resetPassword(u"ana"_s, u"battery staple"_s).ok());
    const QList<AuditEntry> audit
        = AuditRepository(db.database()).list(u"user"_s, u"ana"_s).value();
    ASSERT_EQ(audit.size(), 3);
    EXPECT_EQ(audit.at(0).action, u"user.create"_s);
    EXPECT_EQ(audit.at(1).action, u"user.update"_s);
    EXPECT_TRUE(audit.at(1).before.contains(u"dispatcher"_s));
    EXPECT_TRUE(audit.at(1).after.contains(u"evaluator"_s));
    EXPECT_EQ(audit.at(2).action, u"user.password"_s);
    for (const AuditEntry& entry : audit)
        EXPECT_FALSE(entry.after.contains(u"$argon2"_s)) << "no hash in the log";
    EXPECT_TRUE(AuditService(db.session()).verify().value().intact);
}

// Issue 14, finding 11: an unknown name costs one Argon2id check, as a known one does, and
// nothing more (before, the first unknown name also derived a decoy hash: twice the time).
TEST_F(Users, AnUnknownNameCostsOneCheckAsAKnownNameDoes)
{
    const PasswordHash::Counters start = PasswordHash::counters();
    ASSERT_FALSE(signIn(u"ana"_s, u"wrong password"_s).ok());
    const PasswordHash::Counters known = PasswordHash::counters();
    EXPECT_EQ(known.checked - start.checked, 1);
    EXPECT_EQ(known.made - start.made, 0);
    ASSERT_FALSE(signIn(u"nobody-here"_s, u"wrong password"_s).ok());
    const PasswordHash::Counters unknown = PasswordHash::counters();
    EXPECT_EQ(unknown.checked - known.checked, 1) << "the verifier ran for the unknown name";
    EXPECT_EQ(unknown.made - known.made, 0) << "and no hash was derived for it";
    // The dummy hash has the costs of a user's hash, so its check takes as long.
    EXPECT_FALSE(PasswordHash::needsRehash(QString::fromLatin1(PasswordHash::kDummyHash)));
    const QString real = PasswordHash::make(u"some password"_s);
    EXPECT_EQ(
        real.section(u'$', 1, 3), QString::fromLatin1(PasswordHash::kDummyHash).section(u'$', 1, 3))
        << "same algorithm, version and costs";
}

// Issue 14, finding 12: "adm\u200Bin" would show as "admin".
TEST_F(Users, InvisibleCharactersInANameAreRefused)
{
    for (const QString& name : { u"adm\u200Bin"_s, u"adm\u200Din"_s, u"\uFEFFadmin"_s,
             u"ad\u202Emin"_s, u"adm\u0007in"_s, u"adm\u2028in"_s }) {
        Result<User> created = create(name, Role::Admin, u"long enough password"_s);
        ASSERT_FALSE(created.ok()) << name.toStdString();
        EXPECT_TRUE(created.error().contains(u"\\u"_s) || created.error().contains(u"control"_s))
            << created.error().toStdString();
    }
    EXPECT_TRUE(create(u"josé"_s, Role::Admin, u"long enough password"_s).ok());
    EXPECT_TRUE(create(u"王芳"_s, Role::Admin, u"long enough password"_s).ok());
}

// Issue 14, finding 12: without --user the audit log names the system account, prefixed,
// and refuses one that would read like another name.
TEST_F(Users, TheLocalActorIsTheSystemAccountAndRefusesInvisibleCharacters)
{
    EXPECT_EQ(UserService::localActorName(u"cli"_s, u"ana"_s).value(), u"cli:ana"_s);
    EXPECT_EQ(UserService::localActorName(u"cli"_s, QString()).value(), u"cli:local"_s);
    for (const QString& bad : { u"adm\u200Bin"_s, u"root\nadmin"_s, u"a b"_s, QString(65, u'x') })
        EXPECT_FALSE(UserService::localActorName(u"cli"_s, bad).ok()) << bad.toStdString();
    qputenv("USER", "admin");
    EXPECT_FALSE(UserService::systemAccountName().isEmpty());
    EXPECT_EQ(UserService::systemAccountName(), UserService::systemAccountName());
    EXPECT_TRUE(UserService::systemAccountName() != u"admin"_s || geteuid() == 0
        || QString::fromLocal8Bit(qgetenv("LOGNAME")) == u"admin"_s)
        << "$USER is not who the process runs as";
}
