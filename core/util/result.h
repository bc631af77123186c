// SPDX-FileCopyrightText: 2026 Sextant authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <utility>
#include <variant>

namespace Sextant::Core {

// A value or an error, in the shape of C++23 std::expected (not available
// with C++20 on gcc 12). Errors are values here: nothing core does throws.
template<typename E>
class Unexpected {
public:
    explicit Unexpected(E error)
        : m_error(std::move(error))
    {
    }
    E &error() { return m_error; }

private:
    E m_error;
};

template<typename T, typename E>
class Expected {
public:
    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(Unexpected<E> error)
        : m_data(std::in_place_index<1>, std::move(error.error()))
    {
    }

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() { return std::get<0>(m_data); }
    const T &value() const { return std::get<0>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

// Expected<void, E>: success or an error.
template<typename E>
class Expected<void, E> {
public:
    Expected() = default;
    Expected(Unexpected<E> error)
        : m_error(std::move(error.error()))
        , m_failed(true)
    {
    }
    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const E &error() const { return m_error; }

private:
    E m_error {};
    bool m_failed = false;
};

template<typename E>
Unexpected<E> makeUnexpected(E error)
{
    return Unexpected<E>(std::move(error));
}

} // namespace Sextant::Core
