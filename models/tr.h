#pragma once

#include <QCoreApplication>
#include <QString>

// Translates the sentences of the non-widget layers: write Tr::tr("..."). lupdate files
// such calls under the context "Tr", and Q_DECLARE_TR_FUNCTIONS(Tr) looks them up under the
// same context at run time. (A free tr() would be filed under whatever class the call sits
// in, which the run-time lookup cannot know.)
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Tr)
};
