// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

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

/// A value or the journal error that prevented it (the journal's own counterpart of
/// CertDesk::Result, whose error side is a verification reason).
template<typename T>
class Outcome
{
public:
    Outcome(T value) // NOLINT(google-explicit-constructor): converts implicitly, as std::expected does
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Outcome(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace CertDesk::Journal
