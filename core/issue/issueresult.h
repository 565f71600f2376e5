// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace CertDesk::Issue {

/// Why a specimen could not be issued or written: a message naming the file or option
/// and the problem, for standard error and the GUI.
struct IssueError
{
    QString message;
};

/// A value or the error that prevented it (the issuing counterpart of Result<T>, whose
/// reasons are verification reason codes and do not fit "the key file is missing").
template<typename T>
class IssueResult
{
public:
    IssueResult(T value) // NOLINT(google-explicit-constructor): converts like std::expected
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    IssueResult(IssueError error) // NOLINT(google-explicit-constructor)
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
    const T &operator*() const & { return value(); }
    const IssueError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, IssueError> m_data;
};

/// For steps that produce nothing but can fail (writing a file).
struct Written
{
};

} // namespace CertDesk::Issue
