// The Homepage area with its versions and publishing actions: the tool bar carries them,
// Choose… beside an image field copies the image into the page's images (PageAssets) and
// the preview finds it, a file that is not an image is refused under the field, and Save
// writes the draft with the image's path.
#include "services/demo/democatalog.h"
#include "services/homepage/assets.h"
#include "services/security/session.h"
#include "services/storage/pagerepository.h"
#include "tests/support/testbooks.h"
#include "tests/ui/modal.h"
#include "ui/homepage/homepagepage.h"
#include "ui/homepage/publishactions.h"
#include "ui/homepage/sectioneditors.h"

#include <QAction>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QToolBar>

#include <gtest/gtest.h>

using namespace ic;
using namespace ic::test;

namespace {

int heroIndex(const Page &page)
{
    for (int i = 0; i < page.sections.size(); ++i)
        if (page.sections.at(i).type == SectionType::Hero)
            return i;
    return -1;
}

void chooseFile(QPushButton *choose, const QString &file)
{
    // As a person does: the file's name typed in the dialog, then Return (modal.h closes the
    // dialog whatever happens in it).
    bool chosen = false;
    whenModal<QFileDialog>([&](QFileDialog *dialog) { chosen = typeFileName(dialog, file); });
    QTest::mouseClick(choose, Qt::LeftButton);
    EXPECT_TRUE(chosen) << file.toStdString();
}

} // namespace

TEST(HomepagePublishing, ChooseCopiesTheImageIntoThePageAndSaveKeepsIt)
{
    auto book = freshBook(Dialect::SQLite);
    ASSERT_TRUE(book);
    ASSERT_TRUE(writeDemoCatalog(*book->db, QDate(2026, 1, 1)));
    Session admin;
    admin.username = u"claire"_qs;
    admin.role = Role::Admin;
    HomepagePage area;
    area.setDatabase(book->db.get());
    area.setSession(&admin);
    area.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&area));

    QStringList texts;
    for (QAction *a : area.toolBar()->actions())
        texts.append(a->text());
    for (const QString &wanted : {u"&Save"_qs, u"&Versions…"_qs, u"&Publish…"_qs, u"&Roll Back"_qs})
        EXPECT_TRUE(texts.contains(wanted)) << wanted.toStdString();

    const int hero = heroIndex(area.page());
    ASSERT_GE(hero, 0);
    area.selectSection(hero);
    SectionEditor *editor = area.sectionEditor();
    ASSERT_TRUE(editor);
    auto *choose = editor->findChild<QPushButton *>(u"backgroundImageChoose"_qs);
    ASSERT_TRUE(choose);
    const QString before =
        area.page().sections.at(hero).config.value(u"backgroundImage"_qs).toString();

    // Not an image: one sentence under the field, the page as it was.
    QTemporaryDir files;
    const QString fake = files.filePath(u"notes.png"_qs);
    {
        QFile f(fake);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a picture");
    }
    chooseFile(choose, fake);
    auto *error = editor->findChild<QLabel *>(u"backgroundImageError"_qs);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->text(),
              u"\"notes.png\" is not an image: choose a PNG, JPEG, GIF, WebP or BMP file."_qs);
    EXPECT_EQ(area.page().sections.at(hero).config.value(u"backgroundImage"_qs).toString(), before);

    // A picture 1200 wide: copied as 480, 960 and 1200; the page keeps the widest's path.
    QImage picture(1200, 500, QImage::Format_RGB32);
    picture.fill(QColor(50, 80, 200));
    const QString png = files.filePath(u"hero.png"_qs);
    ASSERT_TRUE(picture.save(png));
    chooseFile(choose, png);
    const QString path =
        area.page().sections.at(hero).config.value(u"backgroundImage"_qs).toString();
    EXPECT_TRUE(path.startsWith(u"assets/img/"_qs) && path.endsWith(u"-1200.jpg"_qs))
        << path.toStdString();
    SystemClock clock;
    auto variants = PageAssets(*book->db, clock).variantsOf(path);
    ASSERT_TRUE(variants);
    EXPECT_EQ(variants->size(), 3);
    auto *field = editor->findChild<QLineEdit *>(u"backgroundImage"_qs);
    ASSERT_TRUE(field);
    EXPECT_EQ(field->text(), path);
    EXPECT_TRUE(error->text().isEmpty())
        << error->text().toStdString(); // the file is where the checks look

    // A refusal would come as a message box: none comes (the probe ends with the block).
    QString refused;
    {
        const ModalProbe<QMessageBox> refusal([&](QMessageBox *box) { refused = box->text(); });
        area.publishActions()->saveAction()->trigger();
        EXPECT_FALSE(refusal.seen()) << refused.toStdString();
    }
    auto saved = PageRepository(*book->db).latest(u"home"_qs);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->version, 2);
    EXPECT_EQ(saved->status, PageStatus::Draft);
    EXPECT_EQ(saved->sections.at(hero).config.value(u"backgroundImage"_qs).toString(), path);
    EXPECT_EQ(area.page().version, 2);
}
