#include "searchtext.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace fd {

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString bare;
    bare.reserve(decomposed.size());
    for (const char32_t code : decomposed.toUcs4()) {
        if (QChar::category(code) == QChar::Mark_NonSpacing)
            continue;
        if (QChar::isSpace(code))
            bare.append(u' ');
        else
            bare.append(QString::fromUcs4(&code, 1));
    }
    return bare.toCaseFolded().normalized(QString::NormalizationForm_KC).simplified();
}

QString digitsOf(const QString& text)
{
    QString digits;
    for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    }
    return digits;
}

QString orderSearchText(const QString& number, const QString& account, const QString& customer,
    const QString& address, const QString& phone)
{
    return QStringList { foldForSearch(number), foldForSearch(account), foldForSearch(customer),
        foldForSearch(address), foldForSearch(phone), digitsOf(phone), digitsOf(number) }
        .join(u'\n');
}

QString searchNeedle(const QString& typed)
{
    const QString folded = foldForSearch(typed);
    static const QRegularExpression phoneLike(u"^[0-9 +().\\-/]+$"_s);
    const QString digits = digitsOf(folded);
    if (!digits.isEmpty() && phoneLike.match(folded).hasMatch())
        return digits;
    return folded;
}

} // namespace fd
