#pragma once

#include <QString>

#include <expected>
#include <utility>

namespace ic {

// What went wrong, in a word a program can branch on.
enum class ErrorCode {
    Invalid,           // the input does not make sense (a price that does not parse, ...)
    NotFound,          // the row or file is not there
    AlreadyExists,     // a unique value is taken (slug, email, code)
    StaleRow,          // somebody else changed the row since it was read
    IllegalTransition, // a status change the transition table forbids
    MixedCurrency,     // money of two currencies in one sum
    Forbidden,         // the signed-in person's role may not do this
    Unavailable,       // a server cannot be reached
    AccessDenied,      // credentials refused
    NotADatabase,      // a file that is not a SQLite database, a directory, ...
    SchemaTooNew,      // written by a newer program
    NotEmpty,          // refusing to overwrite existing data
    Database,          // any other failure of the database
    Io,                // file system
    Cancelled,         // the person or the job stopped it
};

// An error carries its code and one sentence a person can act on.
struct Error {
    ErrorCode code = ErrorCode::Invalid;
    QString message;
};

template <typename T> using Result = std::expected<T, Error>;
using Done = std::expected<void, Error>;

inline std::unexpected<Error> failure(ErrorCode code, QString message)
{
    return std::unexpected(Error{code, std::move(message)});
}

} // namespace ic
