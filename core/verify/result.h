// SPDX-FileCopyrightText: 2026 CertDesk developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reason.h"

#include <utility>
#include <variant>

namespace CertDesk {

/// A value or the reason it could not be produced: the return type of every
/// decoding step (STYLE.md §4). A small stand-in for C++23's std::expected.
template<typename T>
class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): a value converts implicitly, as with expected
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Reason reason) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<1>, std::move(reason))
    {
    }
    Result(ReasonCode code, QString detail)
        : m_data(std::in_place_index<1>, Reason{code, std::move(detail)})
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

    const Reason &reason() const { return std::get<1>(m_data); }

private:
    std::variant<T, Reason> m_data;
};

/// For steps that produce nothing but can fail.
struct Ok
{
};

} // namespace CertDesk
