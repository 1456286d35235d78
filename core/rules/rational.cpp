#include "rational.h"

#include <cmath>

namespace fd {

namespace {

Rational::Integer gcd(Rational::Integer a, Rational::Integer b)
{
    if (a < 0)
        a = -a;
    if (b < 0)
        b = -b;
    while (b != 0) {
        const Rational::Integer t = a % b;
        a = b;
        b = t;
    }
    return a;
}

Rational::Integer power10(int exponent)
{
    Rational::Integer result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

// Floor division for a positive divisor.
Rational::Integer floorDivide(Rational::Integer numerator, Rational::Integer denominator)
{
    Rational::Integer quotient = numerator / denominator;
    if ((numerator % denominator != 0) && (numerator < 0))
        --quotient;
    return quotient;
}

} // namespace

Rational::Rational(Integer numerator, Integer denominator)
    : m_numerator(numerator)
    , m_denominator(denominator)
{
    normalise();
}

void Rational::normalise()
{
    if (m_denominator == 0) {
        m_numerator = 0;
        m_denominator = 1;
        return;
    }
    if (m_denominator < 0) {
        m_numerator = -m_numerator;
        m_denominator = -m_denominator;
    }
    const Integer divisor = gcd(m_numerator, m_denominator);
    if (divisor > 1) {
        m_numerator /= divisor;
        m_denominator /= divisor;
    }
}

Rational Rational::fromDecimal(double value, int decimals)
{
    const Integer scale = power10(decimals);
    return Rational(Integer(std::llround(value * double(scale))), scale);
}

Rational Rational::operator+(const Rational& other) const
{
    return Rational(m_numerator * other.m_denominator + other.m_numerator * m_denominator,
        m_denominator * other.m_denominator);
}

Rational Rational::operator-(const Rational& other) const
{
    return Rational(m_numerator * other.m_denominator - other.m_numerator * m_denominator,
        m_denominator * other.m_denominator);
}

Rational Rational::operator*(const Rational& other) const
{
    return Rational(m_numerator * other.m_numerator, m_denominator * other.m_denominator);
}

Rational Rational::operator/(const Rational& other) const
{
    return Rational(m_numerator * other.m_denominator, m_denominator * other.m_numerator);
}

bool Rational::operator<(const Rational& other) const
{
    return m_numerator * other.m_denominator < other.m_numerator * m_denominator;
}

bool Rational::operator==(const Rational& other) const
{
    return m_numerator == other.m_numerator && m_denominator == other.m_denominator;
}

Rational Rational::clamped(const Rational& low, const Rational& high) const
{
    if (*this < low)
        return low;
    if (high < *this)
        return high;
    return *this;
}

Rational Rational::roundedHalfUp(int decimals) const
{
    const Integer scale = power10(decimals);
    // floor(x · scale + 1/2) / scale, exactly.
    const Integer scaled = floorDivide(2 * m_numerator * scale + m_denominator, 2 * m_denominator);
    return Rational(scaled, scale);
}

namespace {

QString integerText(Rational::Integer value)
{
    if (value == 0)
        return QStringLiteral("0");
    const bool negative = value < 0;
    QString digits;
    while (value != 0) {
        const int digit = int(value % 10);
        digits.prepend(QChar(u'0' + (negative ? -digit : digit)));
        value /= 10;
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

std::optional<Rational::Integer> parseInteger(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    const bool negative = text.startsWith(u'-');
    if (negative)
        text = text.mid(1);
    if (text.isEmpty() || text.size() > 37)
        return std::nullopt;
    Rational::Integer value = 0;
    for (const QChar c : text) {
        if (!c.isDigit())
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return negative ? -value : value;
}

} // namespace

QString Rational::toFraction() const
{
    return integerText(m_numerator) + QLatin1Char('/') + integerText(m_denominator);
}

std::optional<Rational> Rational::fromFraction(const QString& text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return std::nullopt;
    const std::optional<Integer> numerator = parseInteger(QStringView(text).left(slash));
    const std::optional<Integer> denominator = parseInteger(QStringView(text).mid(slash + 1));
    if (!numerator || !denominator || *denominator == 0)
        return std::nullopt;
    return Rational(*numerator, *denominator);
}

double Rational::toDouble() const
{
    return double(m_numerator) / double(m_denominator);
}

QString Rational::toString(int decimals) const
{
    const Rational rounded = roundedHalfUp(decimals);
    const Integer scale = power10(decimals);
    Integer scaled = rounded.m_numerator * (scale / rounded.m_denominator);
    const bool negative = scaled < 0;
    if (negative)
        scaled = -scaled;
    const Integer whole = scaled / scale;
    const Integer fraction = scaled % scale;
    QString text = integerText(whole);
    if (decimals > 0)
        text += QLatin1Char('.') + integerText(fraction).rightJustified(decimals, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

} // namespace fd
