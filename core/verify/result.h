// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reason.h"

#include <utility>
#include <variant>

namespace CertDesk {

/// A value or the error that prevented it: a small stand-in for C++23's std::expected,
/// shared by the verification steps (Result), the journal (Journal::Outcome) and issuing
/// (Issue::IssueResult), which differ only in their error type.
template<typename T, typename E>
class Expected
{
public:
    Expected(T value) // NOLINT(google-explicit-constructor): a value converts implicitly, as with expected
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(E error) // NOLINT(google-explicit-constructor)
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

    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

/// A value or the reason it could not be produced: the return type of every
/// decoding step (STYLE.md §4).
template<typename T>
class Result : public Expected<T, Reason>
{
public:
    using Expected<T, Reason>::Expected;
    Result(ReasonCode code, QString detail)
        : Expected<T, Reason>(Reason{code, std::move(detail)})
    {
    }

    const Reason &reason() const { return this->error(); }
};

/// For steps that produce nothing but can fail.
struct Ok
{
};

} // namespace CertDesk
