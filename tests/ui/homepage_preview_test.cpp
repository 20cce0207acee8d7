// The live preview (QtWebEngine, offscreen): an edit is swapped into the page without a
// reload, keeping the scroll position; phone, tablet and desktop widths; a click selects the
// field in the editor; titles typed in place land on the page's undo stack; the published
// texts the preview shows are those of the page publishing sends, which carries no preview mark.
#include "services/homepage/editing.h"
#include "services/publish/renderer.h"
#include "tests/ui/homepagefixture.h"
#include "ui/homepage/homepagepage.h"
#include "ui/homepage/homepagepreview.h"
#include "ui/homepage/pagedocument.h"
#include "ui/homepage/sectioneditors.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

class HomepagePreviewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_page = std::make_unique<HomepagePage>();
        m_page->setCatalogue(handWrittenCatalogue());
        m_page->loadPage(handWrittenHomepage());
        m_page->resize(1400, 800);
        m_page->show();
        QApplication::setActiveWindow(m_page.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
        ASSERT_TRUE(waitFor([this] { return preview()->isReady(); })) << "the preview never loaded";
        settle();
    }

    HomepagePreview *preview() const { return m_page->preview(); }

    // Lets the browser lay out and paint what it was given.
    void settle() { QTest::qWait(120); }

    // Runs a script in the preview and waits for its value.
    QVariant js(const QString &script)
    {
        QVariant out;
        bool done = false;
        preview()->view()->page()->runJavaScript(script, [&](const QVariant &v) {
            out = v;
            done = true;
        });
        EXPECT_TRUE(waitFor([&] { return done; }, 10000)) << script.toStdString();
        return out;
    }
    QString textOf(const QString &selector)
    {
        return js(QStringLiteral("(function(){var e=document.querySelector('%1');return "
                                 "e?e.textContent:null;})()")
                      .arg(selector))
            .toString();
    }
    // The centre of the element, in the view's widget coordinates.
    QPoint centreOf(const QString &selector)
    {
        const QVariantList box =
            js(QStringLiteral("(function(){var "
                              "e=document.querySelector('%1');e.scrollIntoView({block:'center'});"
                              "var r=e.getBoundingClientRect();return "
                              "[r.left+r.width/2,r.top+r.height/2];})()")
                   .arg(selector))
                .toList();
        settle();
        const QVariantList again =
            js(QStringLiteral(
                   "(function(){var r=document.querySelector('%1').getBoundingClientRect();"
                   "return [r.left+Math.min(r.width/2,20),r.top+r.height/2];})()")
                   .arg(selector))
                .toList();
        EXPECT_EQ(again.size(), 2);
        const double zoom = preview()->view()->zoomFactor();
        return again.size() == 2
                   ? QPoint(int(again.at(0).toDouble() * zoom), int(again.at(1).toDouble() * zoom))
                   : QPoint();
    }
    // A person's click at a point of the page.
    void clickAt(const QPoint &p)
    {
        QWidget *target = preview()->view()->focusProxy();
        ASSERT_NE(target, nullptr);
        QTest::mouseClick(target, Qt::LeftButton, {}, p);
    }
    template <typename W> W *field(const QString &name)
    {
        W *w = m_page->sectionEditor() ? m_page->sectionEditor()->findChild<W *>(name) : nullptr;
        EXPECT_NE(w, nullptr) << name.toStdString();
        return w;
    }

    std::unique_ptr<HomepagePage> m_page;
};

TEST_F(HomepagePreviewTest, AnEditIsSwappedInWithoutReloadingAndKeepsTheScrollPosition)
{
    // A mark the page would lose if it were loaded again, and a scroll down the page.
    js(QStringLiteral("window.icMark = 42; window.scrollTo(0, 300); 0"));
    settle();
    const int scrolled = js(QStringLiteral("window.scrollY")).toInt();
    ASSERT_GT(scrolled, 0);
    int loads = 0;
    QObject::connect(preview()->view(), &QWebEngineView::loadStarted, m_page.get(),
                     [&] { ++loads; });
    QSignalSpy updated(preview(), &HomepagePreview::updated);

    m_page->selectSection(1);
    auto *title = field<QLineEdit>(QStringLiteral("title"));
    QTest::mouseClick(title, Qt::LeftButton);
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Our <b>tools</b> & more"));
    ASSERT_TRUE(waitFor([&] {
        return textOf(QStringLiteral("#services-title")) ==
               QStringLiteral("Our <b>tools</b> & more");
    }));
    EXPECT_EQ(js(QStringLiteral("document.querySelectorAll('#services-title b').length")).toInt(),
              0)
        << "typed markup is shown as text";
    EXPECT_EQ(js(QStringLiteral("window.icMark")).toInt(), 42) << "the page was not reloaded";
    EXPECT_EQ(loads, 0);
    EXPECT_EQ(js(QStringLiteral("window.scrollY")).toInt(), scrolled);
    ASSERT_FALSE(updated.isEmpty());
    EXPECT_EQ(updated.last().at(0).toString(), QStringLiteral("s1.title"));
    EXPECT_EQ(updated.last().at(1).toString(), QStringLiteral("Our <b>tools</b> & more"));

    // Undo goes to the preview too.
    m_page->undoStack()->undo();
    ASSERT_TRUE(waitFor(
        [&] { return textOf(QStringLiteral("#services-title")) == QStringLiteral("What we do"); }));
}

TEST_F(HomepagePreviewTest, HidingASectionAndABadLinkAreShown)
{
    // The FAQ is on the page before it is hidden (absent afterwards means hidden).
    ASSERT_EQ(js(QStringLiteral("document.querySelectorAll('#faq').length")).toInt(), 1);
    m_page->sectionList()->item(4)->setCheckState(Qt::Unchecked);
    ASSERT_TRUE(waitFor([&] {
        return js(QStringLiteral("document.querySelectorAll('#faq').length")).toInt() == 0;
    }));

    // A refused link: the sentence above the preview, the last good page stays.
    m_page->selectSection(0);
    auto *link = field<QLineEdit>(QStringLiteral("primaryCta.link"));
    QTest::mouseClick(link, Qt::LeftButton);
    link->selectAll();
    QTest::keyClicks(link, QStringLiteral("javascript:alert(1)"));
    ASSERT_TRUE(waitFor([&] { return !preview()->problem().isEmpty(); }));
    EXPECT_TRUE(preview()->problem().contains(QStringLiteral("javascript:alert(1)")));
    EXPECT_EQ(
        js(QStringLiteral("document.querySelector('.actions a').getAttribute('href')")).toString(),
        QStringLiteral("#pricing"));
    EXPECT_EQ(link->text(), QStringLiteral("javascript:alert(1)"));
    // Fixed: the sentence goes, the page follows.
    link->selectAll();
    QTest::keyClicks(link, QStringLiteral("#contact"));
    ASSERT_TRUE(waitFor([&] { return preview()->problem().isEmpty(); }));
    ASSERT_TRUE(waitFor([&] {
        return js(QStringLiteral("document.querySelector('.actions a').getAttribute('href')"))
                   .toString() == QStringLiteral("#contact");
    }));
}

TEST_F(HomepagePreviewTest, PhoneTabletAndDesktopWidths)
{
    for (const auto &[name, width] :
         {std::pair{"phone", 375}, std::pair{"tablet", 768}, std::pair{"desktop", 1280}}) {
        auto *button = preview()->findChild<QToolButton *>(QString::fromLatin1(name));
        ASSERT_NE(button, nullptr);
        QTest::mouseClick(button, Qt::LeftButton);
        ASSERT_TRUE(
            waitFor([&] { return js(QStringLiteral("window.innerWidth")).toInt() == width; }, 5000))
            << name << " shows " << js(QStringLiteral("window.innerWidth")).toInt();
    }
}

TEST_F(HomepagePreviewTest, AClickSelectsTheSectionAndFieldInTheEditor)
{
    m_page->selectSection(4);
    clickAt(centreOf(QStringLiteral(".hero .lead")));
    ASSERT_TRUE(waitFor(
        [&] { return m_page->sectionEditor() && m_page->sectionEditor()->section() == 0; }));
    // A text edited in place keeps the keyboard in the preview, its field shown beside it.
    auto *subtitle = field<QLineEdit>(QStringLiteral("subtitle"));
    EXPECT_TRUE(subtitle->isVisible());
    EXPECT_EQ(js(QStringLiteral("document.activeElement.getAttribute('data-ic-field')")).toString(),
              QStringLiteral("s0.subtitle"));
    EXPECT_NE(QApplication::focusWidget(), subtitle);

    // The third service's description: its section, that service, its field.
    clickAt(centreOf(QStringLiteral("#services li.card:nth-child(3) > p")));
    ASSERT_TRUE(waitFor([&] { return m_page->sectionEditor()->section() == 1; }));
    auto *description = field<QPlainTextEdit>(QStringLiteral("service.description"));
    ASSERT_TRUE(waitFor([&] { return QApplication::focusWidget() == description; }));
    EXPECT_EQ(qobject_cast<ServicesEditor *>(m_page->sectionEditor())->currentService(), 2);
    EXPECT_EQ(description->toPlainText(), QStringLiteral("About Billing"));
    EXPECT_EQ(js(QStringLiteral(
                     "document.querySelector('[data-ic-selected]').getAttribute('data-ic-field')"))
                  .toString(),
              QStringLiteral("s1.svc2.description"));

    // The contact email; the page title in the header.
    clickAt(centreOf(QStringLiteral("#contact a[href^=\"mailto:\"]")));
    ASSERT_TRUE(waitFor([&] { return m_page->sectionEditor()->section() == 3; }));
    ASSERT_TRUE(waitFor(
        [&] { return QApplication::focusWidget() == field<QLineEdit>(QStringLiteral("email")); }));
    EXPECT_EQ(js(QStringLiteral("location.href")).toString().startsWith(QStringLiteral("mailto")),
              false)
        << "a link clicked in the preview does not navigate";
}

TEST_F(HomepagePreviewTest, ATitleTypedInThePreviewIsOneStepOfTheUndoStack)
{
    m_page->selectSection(0);
    auto *title = field<QLineEdit>(QStringLiteral("title"));
    clickAt(centreOf(QStringLiteral(".hero h1")));
    ASSERT_TRUE(waitFor([&] {
        return js(QStringLiteral("document.activeElement.getAttribute('data-ic-field')"))
                   .toString() == QStringLiteral("s0.title");
    }));
    // The caret at the end of the title, then a person types (at a person's pace: what the
    // click selected is on screen).
    ASSERT_TRUE(waitFor([&] { return preview()->isIdle(); }));
    js(QStringLiteral(
        "(function(){var e=document.activeElement,r=document.createRange();r.selectNodeContents(e);"
        "r.collapse(false);var s=getSelection();s.removeAllRanges();s.addRange(r);return 0;})()"));
    QWidget *target = preview()->view()->focusProxy();
    QTest::keyClicks(target, QStringLiteral(" now"));
    ASSERT_TRUE(waitFor([&] { return title->text() == QStringLiteral("Ship faster now"); }))
        << title->text().toStdString();
    EXPECT_EQ(m_page->undoStack()->count(), 1) << "four key presses in place are one step";
    EXPECT_EQ(fieldValue(m_page->page(), QStringLiteral("s0.title")).toString(),
              QStringLiteral("Ship faster now"));
    ASSERT_TRUE(waitFor(
        [&] { return textOf(QStringLiteral(".hero h1")) == QStringLiteral("Ship faster now"); }));

    // A button's text, in place too: a step of its own.
    ASSERT_TRUE(waitFor([&] { return preview()->isIdle(); }));
    clickAt(centreOf(QStringLiteral(".hero .actions a")));
    ASSERT_TRUE(waitFor([&] {
        return js(QStringLiteral("document.activeElement.getAttribute('data-ic-field')"))
                   .toString() == QStringLiteral("s0.primaryCta.text");
    }));
    js(QStringLiteral(
        "(function(){var e=document.activeElement,r=document.createRange();r.selectNodeContents(e);"
        "r.collapse(false);var s=getSelection();s.removeAllRanges();s.addRange(r);return 0;})()"));
    QTest::keyClicks(target, QStringLiteral(" today"));
    ASSERT_TRUE(waitFor([&] {
        return fieldValue(m_page->page(), QStringLiteral("s0.primaryCta.text")).toString() ==
               QStringLiteral("Start free today");
    }));
    EXPECT_EQ(m_page->undoStack()->count(), 2);

    // Ctrl+Z typed in the preview undoes the page's step, and the preview shows it.
    QTest::keyClick(target, Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(waitFor([&] {
        return textOf(QStringLiteral(".hero .actions a")) == QStringLiteral("Start free");
    }));
    m_page->undoStack()->undo();
    EXPECT_EQ(title->text(), QStringLiteral("Ship faster"));
    ASSERT_TRUE(waitFor(
        [&] { return textOf(QStringLiteral(".hero h1")) == QStringLiteral("Ship faster"); }));
}

TEST_F(HomepagePreviewTest, WhatThePreviewShowsIsWhatPublishingSends)
{
    // An edit typed in place first, so the preview shows a page of its own making.
    clickAt(centreOf(QStringLiteral(".hero h1")));
    ASSERT_TRUE(waitFor([&] {
        return js(QStringLiteral("document.activeElement.getAttribute('data-ic-field')"))
                   .toString() == QStringLiteral("s0.title");
    }));
    ASSERT_TRUE(waitFor([&] { return preview()->isIdle(); }));
    js(QStringLiteral(
        "(function(){var e=document.activeElement,r=document.createRange();r.selectNodeContents(e);"
        "r.collapse(false);var s=getSelection();s.removeAllRanges();s.addRange(r);return 0;})()"));
    QTest::keyClicks(preview()->view()->focusProxy(), QStringLiteral(" now"));
    ASSERT_TRUE(waitFor([&] {
        return fieldValue(m_page->page(), QStringLiteral("s0.title")).toString() ==
               QStringLiteral("Ship faster now");
    }));
    ASSERT_TRUE(waitFor([&] { return preview()->isIdle(); }));

    // What publishing sends: the Publisher uploads the renderer's files of the page as it is.
    const RenderOptions options{QStringLiteral("https://www.acme.example/")};
    auto site = Renderer::render(m_page->page(), handWrittenCatalogue(), options);
    ASSERT_TRUE(site) << site.error().message.toStdString();
    QByteArray index;
    for (const RenderedFile &f : site->files)
        if (f.path == u"index.html")
            index = f.bytes;
    ASSERT_FALSE(index.isEmpty());
    EXPECT_TRUE(index.contains("Ship faster now"));
    EXPECT_FALSE(index.contains("data-ic-")) << "no preview mark in what is published";
    EXPECT_FALSE(index.contains("contenteditable"));

    // The texts a visitor reads, in page order, in the preview and in the published page
    // loaded in a browser of its own.
    const QString texts = QStringLiteral(
        "(function(){var skip={SCRIPT:1,STYLE:1,TEMPLATE:1,NOSCRIPT:1};"
        "var w=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT,{acceptNode:"
        "function(n){for(var p=n.parentNode;p;p=p.parentNode)if(skip[p.nodeName])"
        "return NodeFilter.FILTER_REJECT;return n.textContent.trim()?NodeFilter.FILTER_ACCEPT:"
        "NodeFilter.FILTER_REJECT;}});var out=[];while(w.nextNode())"
        "out.push(w.currentNode.textContent.replace(/\\s+/g,' ').trim());return out;})()");
    const QStringList shown = js(texts).toStringList();
    QWebEnginePage published;
    QSignalSpy loaded(&published, &QWebEnginePage::loadFinished);
    published.setHtml(QString::fromUtf8(index), QUrl(options.siteUrl));
    ASSERT_TRUE(loaded.wait(15000)) << "the published page did not load";
    ASSERT_TRUE(loaded.last().at(0).toBool());
    QStringList sent;
    bool done = false;
    published.runJavaScript(texts, [&](const QVariant &v) {
        sent = v.toStringList();
        done = true;
    });
    ASSERT_TRUE(waitFor([&] { return done; }, 10000));
    EXPECT_GT(shown.size(), 20) << "the preview shows the page";
    EXPECT_TRUE(shown.contains(QStringLiteral("Ship faster now")));
    EXPECT_EQ(shown, sent);
}

} // namespace
