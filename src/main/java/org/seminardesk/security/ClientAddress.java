package org.seminardesk.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who a request came from, for rate limits and sign-in throttling. Only the configured proxies
 * (SEMINARDESK_TRUSTED_PROXIES: addresses or CIDR ranges) are believed: X-Forwarded-For is read from the right,
 * skipping hops that are trusted proxies, and the first one that is not is the client. Everything to its left
 * was written by the client and is ignored, so a forged header cannot make a fresh count. IPv6 clients are
 * counted by their /64, the block one subscriber gets. Plain Java: the rules are unit tested.
 */
public final class ClientAddress {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Range> trusted;

    private ClientAddress(List<Range> trusted) {
        this.trusted = trusted;
    }

    /** "10.0.0.5, 192.168.0.0/16, fd00::/8"; blank trusts nobody (X-Forwarded-For is then ignored). */
    public static ClientAddress trusting(String proxies) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : proxies == null ? new String[0] : proxies.split("[,\\s]+")) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.strip()));
            }
        }
        return new ClientAddress(List.copyOf(ranges));
    }

    /**
     * The key of the client: the peer itself unless it is a trusted proxy; then the rightmost hop of
     * X-Forwarded-For that is not one. A hop that is not an address ends the walk at the last trusted one.
     */
    public String keyOf(String peer, List<String> forwardedForHeaders) {
        Optional<InetAddress> peerAddress = literal(peer);
        if (peerAddress.isEmpty()) {
            return String.valueOf(peer);
        }
        InetAddress client = peerAddress.get();
        List<String> hops = new ArrayList<>();
        for (String header : forwardedForHeaders) {
            hops.addAll(Arrays.asList(header.split(",")));
        }
        for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
        }
        return key(client);
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** IPv4 as it is; IPv6 by its first 64 bits ("2001:db8:1:2::/64"). */
    static String key(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return address.getHostAddress();
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
        }
        return prefix + ":/64";
    }

    /** An address literal ("1.2.3.4", "1.2.3.4:5678", "2001:db8::1", "[2001:db8::1]:443"); never a DNS lookup. */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.startsWith("[") && value.indexOf(']') > 0) {
            value = value.substring(1, value.indexOf(']'));
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':') && value.contains(".")) {
            value = value.substring(0, value.indexOf(':')); // IPv4 with a port
        }
        if (!IPV4.matcher(value).matches() && !(value.contains(":") && IPV6.matcher(value).matches())) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value)); // a checked literal: no name is resolved
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /** One trusted address or CIDR range. */
    private record Range(byte[] network, int prefixBits) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            InetAddress address = literal(slash < 0 ? text : text.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("Not an address in the trusted proxies: " + text));
            int bits = address.getAddress().length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("Not a prefix length in the trusted proxies: " + text);
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
