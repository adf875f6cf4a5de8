// The baseline of the benchmark: the least a libpcap-based reader must do,
// opening the file and fetching every record. Prints the record count.

#include <cstdio>
#include <memory>
#include <pcap/pcap.h>

namespace {

struct PcapCloser
{
    void operator()(pcap_t* p) const { pcap_close(p); }
};

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CAPTURE\n", argv[0]);
        return 2;
    }
    char errbuf[PCAP_ERRBUF_SIZE] = {};
    const std::unique_ptr<pcap_t, PcapCloser> pcap(pcap_open_offline(argv[1], errbuf));
    if (!pcap) {
        std::fprintf(stderr, "%s\n", errbuf);
        return 2;
    }
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    unsigned long long packets = 0;
    int rc;
    while ((rc = pcap_next_ex(pcap.get(), &header, &data)) == 1)
        ++packets;
    if (rc != PCAP_ERROR_BREAK) {
        std::fprintf(stderr, "%s\n", pcap_geterr(pcap.get()));
        return 1;
    }
    std::printf("%llu\n", packets);
    return 0;
}
