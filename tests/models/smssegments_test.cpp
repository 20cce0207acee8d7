#include "models/smssegments.h"

#include <gtest/gtest.h>

using namespace ic;

TEST(SmsSegments, PlainTextUpTo160CharactersIsOneSms)
{
    const QString text(160, u'a');
    const SmsSegments s = smsSegments(text);
    EXPECT_TRUE(s.gsm7);
    EXPECT_EQ(s.units, 160);
    EXPECT_EQ(s.parts, 1);
    // 161 septets: parts of 153, so ceil(161 / 153) = 2.
    EXPECT_EQ(smsSegments(QString(161, u'a')).parts, 2);
    // 306 = 2 × 153 exactly: two parts; 307: three.
    EXPECT_EQ(smsSegments(QString(306, u'a')).parts, 2);
    EXPECT_EQ(smsSegments(QString(307, u'a')).parts, 3);
    EXPECT_EQ(smsSegments(QString()).parts, 0);
}

TEST(SmsSegments, ExtensionCharactersCountTwice)
{
    // "€" is escape + 0x65: 2 septets; 158 'a' + '€' = 160 septets, still one SMS;
    // one more 'a' makes 161.
    const QString fits = QString(158, u'a') + u"€"_qs;
    EXPECT_TRUE(smsSegments(fits).gsm7);
    EXPECT_EQ(smsSegments(fits).units, 160);
    EXPECT_EQ(smsSegments(fits).parts, 1);
    EXPECT_EQ(smsSegments(fits + u"a"_qs).parts, 2);
}

TEST(SmsSegments, FrenchAccentsOfTheBasicSetStayGsm7ButOthersSwitchToUcs2)
{
    // é è à ù are in the basic set; ê, ç (lower case), « and the no-break space are not.
    EXPECT_TRUE(smsSegments(u"Réglée à temps, voilà où"_qs).gsm7);
    const SmsSegments s = smsSegments(u"Votre facture « F-1 » est à régler"_qs);
    EXPECT_FALSE(s.gsm7);
    EXPECT_EQ(s.units, 34);
    EXPECT_EQ(s.parts, 1);
    // UCS-2: 70 in one, then parts of 67: 71 -> 2, 134 -> 2, 135 -> 3.
    EXPECT_EQ(smsSegments(QString(70, u'ê')).parts, 1);
    EXPECT_EQ(smsSegments(QString(71, u'ê')).parts, 2);
    EXPECT_EQ(smsSegments(QString(134, u'ê')).parts, 2);
    EXPECT_EQ(smsSegments(QString(135, u'ê')).parts, 3);
}
