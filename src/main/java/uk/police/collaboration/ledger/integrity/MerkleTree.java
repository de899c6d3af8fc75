package uk.police.collaboration.ledger.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Roots, inclusion proofs (RFC 9162 §2.1.3.1) and consistency proofs (§2.1.4.1) of a log whose
 * complete subtrees are stored: the subtree of 2^level leaves starting at leaf {@code index * 2^level}
 * is one stored hash. Every subtree a proof needs is either such a complete subtree (one read) or
 * lies on the right edge of the tree, and every right-edge subtree is a fold of the tree's
 * "peaks" (one complete subtree per set bit of the size). With the memo below a proof therefore
 * reads at most about 2·log2(n) stored hashes, whatever the size of the log.
 * <p>
 * One instance per proof (the memo is not shared across sizes, since a stored log only grows and
 * complete subtrees never change, sharing would be safe, but it is not needed).
 */
public final class MerkleTree {

    /** Where the complete subtrees' hashes come from: a table, or an array in a test. */
    public interface Nodes {
        byte[] node(int level, long index);
    }

    private final Nodes nodes;
    private final Map<Range, byte[]> memo = new HashMap<>();

    public MerkleTree(Nodes nodes) {
        this.nodes = nodes;
    }

    /** MTH(D[0:size]). */
    public byte[] root(long size) {
        return size == 0 ? MerkleHash.empty() : hash(0, size);
    }

    /** PATH(m, D[0:n]), leaf first. */
    public List<byte[]> inclusionProof(long leafIndex, long size) {
        if (leafIndex < 0 || leafIndex >= size) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of size " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(leafIndex, 0, size, path);
        return path;
    }

    /** PROOF(m, D[0:n]) for 0 < m <= n. */
    public List<byte[]> consistencyProof(long older, long newer) {
        if (older <= 0 || older > newer) {
            throw new IllegalArgumentException("no consistency proof from size " + older + " to size " + newer);
        }
        List<byte[]> proof = new ArrayList<>();
        if (older < newer) {
            subproof(older, 0, newer, true, proof);
        }
        return proof;
    }

    private void path(long m, long start, long end, List<byte[]> out) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = MerkleHash.split(n);
        if (m < k) {
            path(m, start, start + k, out);
            out.add(hash(start + k, end));
        } else {
            path(m - k, start + k, end, out);
            out.add(hash(start, start + k));
        }
    }

    private void subproof(long m, long start, long end, boolean wholeOlderTree, List<byte[]> out) {
        long n = end - start;
        if (m == n) {
            if (!wholeOlderTree) {
                out.add(hash(start, end));
            }
            return;
        }
        long k = MerkleHash.split(n);
        if (m <= k) {
            subproof(m, start, start + k, wholeOlderTree, out);
            out.add(hash(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, out);
            out.add(hash(start, start + k));
        }
    }

    /** MTH(D[start:end]): one read if complete and aligned, else split as RFC 9162 does. */
    byte[] hash(long start, long end) {
        long n = end - start;
        if (Long.bitCount(n) == 1 && start % n == 0) {
            int level = Long.numberOfTrailingZeros(n);
            return nodes.node(level, start >> level);
        }
        Range range = new Range(start, end);
        byte[] known = memo.get(range);
        if (known != null) {
            return known;
        }
        long k = MerkleHash.split(n);
        byte[] hash = MerkleHash.node(hash(start, start + k), hash(start + k, end));
        memo.put(range, hash);
        return hash;
    }

    private record Range(long start, long end) {
    }

    /** Checks a path from RFC 9162 §2.1.3.2. */
    public static boolean verifyInclusion(long leafIndex, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (leafIndex < 0 || leafIndex >= size) {
            return false;
        }
        long fn = leafIndex;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHash.node(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = MerkleHash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /** Checks a consistency proof from RFC 9162 §2.1.4.2. */
    public static boolean verifyConsistency(long older, long newer, byte[] olderRoot, byte[] newerRoot, List<byte[]> proof) {
        if (older <= 0 || older > newer) {
            return false;
        }
        if (older == newer) {
            return proof.isEmpty() && Arrays.equals(olderRoot, newerRoot);
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(older) == 1) {
            path.add(0, olderRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = older - 1;
        long sn = newer - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHash.node(c, fr);
                sr = MerkleHash.node(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = MerkleHash.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, olderRoot) && Arrays.equals(sr, newerRoot);
    }
}
