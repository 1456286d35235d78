#pragma once

#include <QString>
#include <cstdint>
#include <optional>

namespace fd {

// An exact fraction. A score decides a contract, and 79.95 must round to 80.0 on every
// machine: binary floating point cannot promise that (79.95 is 79.9499999… as a double), so
// the scoring arithmetic is done in fractions of 128-bit integers and rounded once, at the
// end, half up.
class Rational
{
public:
    __extension__ typedef __int128 Integer; // GCC and Clang; -pedantic is told it is meant

    Rational() = default;
    Rational(Integer numerator, Integer denominator = 1);
    // A decimal value given with at most `decimals` places (settings, entered points).
    static Rational fromDecimal(double value, int decimals = 4);

    Integer numerator() const { return m_numerator; }
    Integer denominator() const { return m_denominator; }

    Rational operator+(const Rational& other) const;
    Rational operator-(const Rational& other) const;
    Rational operator*(const Rational& other) const;
    Rational operator/(const Rational& other) const;
    bool operator<(const Rational& other) const;
    bool operator==(const Rational& other) const;
    bool operator>(const Rational& other) const { return other < *this; }
    bool operator<=(const Rational& other) const { return !(other < *this); }
    bool operator>=(const Rational& other) const { return !(*this < other); }

    Rational clamped(const Rational& low, const Rational& high) const;
    // Rounded half up (towards +∞ at exactly half) to `decimals` places, as a fraction.
    Rational roundedHalfUp(int decimals) const;
    double toDouble() const;
    // "numerator/denominator", exactly; what frozen figures are stored as.
    QString toFraction() const;
    static std::optional<Rational> fromFraction(const QString& text);
    QString toString(int decimals) const; // after rounding half up

private:
    void normalise();

    Integer m_numerator = 0;
    Integer m_denominator = 1;
};

} // namespace fd
