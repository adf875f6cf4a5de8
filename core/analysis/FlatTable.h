#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <sys/mman.h>
#include <utility>
#include <vector>

namespace natdoctor::analysis {

// Storage for large tables in transparent huge pages where the kernel offers
// them on request (Debian's default, THP "madvise"): the SYN timestamp table
// of a busy capture grows to tens of MiB, and first-touch page faults on it
// (one per 4 KiB, each a trip to the hypervisor on a VM) cost more than
// filling it. Small tables use plain malloc.
template <typename T> struct HugePageAllocator
{
    using value_type = T;
    static constexpr size_t HugePage = 2 << 20;

    HugePageAllocator() = default;
    template <typename U> HugePageAllocator(const HugePageAllocator<U>&) noexcept { }

    T* allocate(size_t n)
    {
        const size_t bytes = n * sizeof(T);
        if (bytes < 2 * HugePage) {
            if (void* p = std::malloc(bytes))
                return static_cast<T*>(p);
            throw std::bad_alloc();
        }
        const size_t rounded = (bytes + HugePage - 1) / HugePage * HugePage;
        void* p = std::aligned_alloc(HugePage, rounded);
        if (!p)
            throw std::bad_alloc();
        ::madvise(p, rounded, MADV_HUGEPAGE); // a hint: no huge pages is fine
        return static_cast<T*>(p);
    }
    void deallocate(T* p, size_t) noexcept { std::free(p); }

    friend bool operator==(const HugePageAllocator&, const HugePageAllocator&) = default;
};

// The analyzers' live tables and tallies (connections, SYN timestamp pairs,
// datagrams, per-address counts): looked up once per packet, tens of
// thousands of entries, most lookups a cache miss. std::unordered_map costs a
// bucket miss, a node miss and a malloc per entry; here key and value sit
// inline in one array (open addressing, linear probing, a 32-bit hash tag per
// slot), so a lookup is mostly one miss and an insert no allocation.
//
// Erasing shifts the entries after it back towards their home slots
// (backward-shift deletion) instead of leaving tombstones: the connection
// table erases as often as it inserts, and tombstones made it rebuild itself
// (allocate, zero, reinsert, free) every few thousand connections. The array
// only ever grows, doubling at 3/4 full; the most entries ever live bound it.
//
// Key and Value must be default-constructible and movable. Pointers to values
// stay valid until the next insert or erase (either may move entries).
template <typename Key, typename Value, typename Hash> class FlatTable
{
public:
    FlatTable() { m_slots.resize(InitialCapacity); }

    size_t size() const { return m_size; }
    size_t capacity() const { return m_slots.size(); }

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
        if ((m_size + 1) * 4 > m_slots.size() * 3)
            grow();
        const uint64_t h = Hash {}(key);
        const uint32_t tag = tagOf(h);
        for (size_t i = h & mask();; i = (i + 1) & mask()) {
            Slot& s = m_slots[i];
            if (s.tag == Empty) {
                s.tag = tag;
                s.key = key;
                ++m_size;
                return { &s.value, true };
            }
            if (s.tag == tag && s.key == key)
                return { &s.value, false };
        }
    }

    // `value` must come from find/tryEmplace of this table.
    void erase(Value* value)
    {
        const Slot* s = reinterpret_cast<const Slot*>(reinterpret_cast<char*>(value) - offsetof(Slot, value));
        eraseAt(static_cast<size_t>(s - m_slots.data()));
    }

    // Calls f(key, value) for every entry once; erases those it returns true for.
    template <typename F> void eraseIf(F&& f)
    {
        if (m_size == 0)
            return;
        // Start after an empty slot: no run of entries wraps around the
        // start, so the backward shifts only ever move entries not yet
        // visited into the slot being visited (none is seen twice or missed).
        size_t start = 0;
        while (m_slots[start].tag != Empty)
            ++start;
        for (size_t n = 1; n <= m_slots.size(); ++n) {
            const size_t i = (start + n) & mask();
            while (m_slots[i].tag != Empty && f(static_cast<const Key&>(m_slots[i].key), m_slots[i].value))
                eraseAt(i);
        }
    }

    template <typename F> void forEach(F&& f) const
    {
        for (const Slot& s : m_slots)
            if (s.tag != Empty)
                f(s.key, s.value);
    }

    void clear()
    {
        Slots(InitialCapacity).swap(m_slots); // gives the memory back
        m_size = 0;
    }

private:
    static constexpr uint32_t Empty = 0;
    static constexpr size_t InitialCapacity = 1024; // a power of two

    struct Slot
    {
        uint32_t tag = Empty;
        Key key {};
        Value value {};
    };

    static uint32_t tagOf(uint64_t h) { return static_cast<uint32_t>(h >> 32) | 1u; }
    size_t mask() const { return m_slots.size() - 1; }
    size_t home(const Slot& s) const { return Hash {}(s.key) & mask(); }

    void eraseAt(size_t hole)
    {
        // Move each later entry of the run back into the hole unless its home
        // lies cyclically in (hole, at]: then it is already where a lookup
        // from its home finds it.
        for (size_t at = (hole + 1) & mask(); m_slots[at].tag != Empty; at = (at + 1) & mask()) {
            const size_t h = home(m_slots[at]);
            const bool stays = hole <= at ? (hole < h && h <= at) : (hole < h || h <= at);
            if (stays)
                continue;
            m_slots[hole] = std::move(m_slots[at]);
            hole = at;
        }
        m_slots[hole] = Slot {};
        --m_size;
    }

    void grow()
    {
        Slots old(m_slots.size() * 2);
        old.swap(m_slots);
        for (Slot& s : old) {
            if (s.tag == Empty)
                continue;
            size_t i = home(s);
            while (m_slots[i].tag != Empty)
                i = (i + 1) & mask();
            m_slots[i] = std::move(s);
        }
    }

    using Slots = std::vector<Slot, HugePageAllocator<Slot>>;
    Slots m_slots;
    size_t m_size = 0;
};

} // namespace natdoctor::analysis
