// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "verify/result.h"

#include <QString>

#include <utility>
#include <variant>

namespace CertDesk::Journal {

/// Why a journal operation failed. The message names the file and says what is wrong in
/// plain English (for the CLI's standard error and the station's status line).
struct Error
{
    enum class Kind {
        CannotOpen,  ///< the file or its folder cannot be created or opened
        NotAJournal, ///< not an SQLite database, or an SQLite database of another program
        Corrupt,     ///< SQLite reports damaged pages
        ReadOnly,    ///< the file, its folder or the open mode does not allow writing
        DiskFull,    ///< no space left (or the configured size cap reached)
        Busy,        ///< another program held the journal locked past the busy timeout
        NewerSchema, ///< written by a newer CertDesk
        Io,          ///< any other SQLite or OpenSSL failure
        Closed,      ///< the writer was shut down before the entry could be written
        ChainBroken, ///< refused: the chain is broken (a purge would remove the evidence)
    };
    Kind kind = Kind::Io;
    QString message;
};

/// A value or the journal error that prevented it (the journal's counterpart of
/// CertDesk::Result, whose error side is a verification reason).
template<typename T>
using Outcome = Expected<T, Error>;

} // namespace CertDesk::Journal
