#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace natdoctor::analysis {

// The analyzers' live tables (connections, SYN timestamp pairs): looked up
// once per packet, tens of thousands of entries, most lookups a cache miss.
// std::unordered_map costs a bucket miss, a node miss and a malloc per entry;
// here key and value sit inline in one array (open addressing, linear
// probing, a 32-bit hash tag per slot, tombstones on erase), so a lookup is
// mostly one miss and an insert no allocation. Key and Value must be
// default-constructible and copyable; pointers to values stay valid until the
// next insert (which may grow the table).
template <typename Key, typename Value, typename Hash>
class FlatTable
{
public:
    FlatTable() { m_slots.resize(InitialCapacity); }

    size_t size() const { return m_size; }

    Value* find(const Key& key)
    {
        const uint64_t h = Hash {}(key);
        const uint32_t tag = tagOf(h);
        for (size_t i = h & mask();; i = (i + 1) & mask()) {
            Slot& s = m_slots[i];
            if (s.tag == Empty)
                return nullptr;
            if (s.tag == tag && s.key == key)
                return &s.value;
        }
    }

    // The value for `key`, default-constructed when new (second: inserted).
    std::pair<Value*, bool> tryEmplace(const Key& key)
    {
        if ((m_used + 1) * 4 > m_slots.size() * 3)
            rehash(m_size * 2 + 2 > m_slots.size() / 2 ? m_slots.size() * 2 : m_slots.size());
        const uint64_t h = Hash {}(key);
        const uint32_t tag = tagOf(h);
        Slot* reuse = nullptr;
        for (size_t i = h & mask();; i = (i + 1) & mask()) {
            Slot& s = m_slots[i];
            if (s.tag == Empty) {
                Slot& target = reuse ? *reuse : s;
                if (!reuse)
                    ++m_used;
                target.tag = tag;
                target.key = key;
                target.value = Value {};
                ++m_size;
                return { &target.value, true };
            }
            if (s.tag == Tombstone) {
                if (!reuse)
                    reuse = &s;
            } else if (s.tag == tag && s.key == key) {
                return { &s.value, false };
            }
        }
    }

    // `value` must come from find/tryEmplace of this table.
    void erase(Value* value)
    {
        Slot* s = reinterpret_cast<Slot*>(reinterpret_cast<char*>(value) - offsetof(Slot, value));
        s->tag = Tombstone;
        --m_size;
    }

    // Calls f(key, value) for every entry; erases those it returns true for.
    template <typename F>
    void eraseIf(F&& f)
    {
        for (Slot& s : m_slots) {
            if (s.tag > Tombstone && f(static_cast<const Key&>(s.key), s.value)) {
                s.tag = Tombstone;
                --m_size;
            }
        }
        if (m_used - m_size > m_slots.size() / 4)
            rehash(m_slots.size());
    }

    template <typename F>
    void forEach(F&& f) const
    {
        for (const Slot& s : m_slots)
            if (s.tag > Tombstone)
                f(s.key, s.value);
    }

    void clear()
    {
        m_slots.assign(InitialCapacity, Slot {});
        m_size = 0;
        m_used = 0;
    }

private:
    static constexpr uint32_t Empty = 0;
    static constexpr uint32_t Tombstone = 1;
    static constexpr size_t InitialCapacity = 1024; // a power of two

    struct Slot
    {
        uint32_t tag = Empty;
        Key key {};
        Value value {};
    };

    static uint32_t tagOf(uint64_t h) { return static_cast<uint32_t>(h >> 32) | 2u; }
    size_t mask() const { return m_slots.size() - 1; }

    void rehash(size_t capacity)
    {
        std::vector<Slot> old(capacity);
        old.swap(m_slots);
        m_used = m_size;
        for (Slot& s : old) {
            if (s.tag <= Tombstone)
                continue;
            const uint64_t h = Hash {}(s.key);
            size_t i = h & mask();
            while (m_slots[i].tag != Empty)
                i = (i + 1) & mask();
            m_slots[i] = std::move(s);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_size = 0; // entries
    size_t m_used = 0; // entries and tombstones
};

} // namespace natdoctor::analysis
