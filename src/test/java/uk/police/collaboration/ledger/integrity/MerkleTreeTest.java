package uk.police.collaboration.ledger.integrity;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFC 9162 §2.1 hashing and proofs. The vectors are the eight-leaf tree of the Certificate
 * Transparency test suite (leaves "", 00, 10, 2021, 3031, 40414243, 5051525354555657,
 * 606162636465666768696a6b6c6d6e6f); every root below was also derived by hand with
 * {@code printf '00…' | xxd -r -p | openssl dgst -sha256} (leaves) and {@code printf '01' L R} (nodes),
 * as docs/integrity.md shows, and matches the published values.
 */
class MerkleTreeTest {

    static final String[] LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    static final String[] ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    @Test
    void theEmptyTreeAndTheTestTreeHaveThePublishedRoots() {
        assertThat(hex(MerkleHash.empty())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        InMemoryLog log = InMemoryLog.of(testLeaves());
        for (int size = 1; size <= 8; size++) {
            assertThat(hex(log.tree().root(size))).as("root of size %d", size).isEqualTo(ROOTS[size - 1]);
        }
    }

    @Test
    void inclusionAndConsistencyProofsAreThePublishedOnes() {
        MerkleTree tree = InMemoryLog.of(testLeaves()).tree();
        assertThat(hexes(tree.inclusionProof(0, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hexes(tree.consistencyProof(1, 8))).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hexes(tree.consistencyProof(6, 8))).containsExactly(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
        assertThat(hexes(tree.consistencyProof(2, 5))).containsExactly(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
        assertThat(tree.consistencyProof(8, 8)).isEmpty();
    }

    @Test
    void everyProofOfEverySmallTreeIsTheRfcDefinitionAndVerifiesAndNoAlteredOneDoes() {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            leaves.add(("leaf " + i).getBytes());
        }
        InMemoryLog log = InMemoryLog.of(leaves);
        for (int n = 1; n <= leaves.size(); n++) {
            MerkleTree tree = log.tree();
            byte[] root = tree.root(n);
            assertThat(root).isEqualTo(Reference.mth(log.leafHashes, 0, n));
            for (int m = 0; m < n; m++) {
                List<byte[]> path = tree.inclusionProof(m, n);
                assertThat(hexes(path)).isEqualTo(hexes(Reference.path(m, log.leafHashes, 0, n)));
                assertThat(MerkleTree.verifyInclusion(m, n, log.leafHashes.get(m), path, root)).isTrue();
                assertThat(MerkleTree.verifyInclusion(m, n, MerkleHash.leaf("another".getBytes()), path, root)).isFalse();
                if (!path.isEmpty()) {
                    assertThat(MerkleTree.verifyInclusion(m, n, log.leafHashes.get(m), flipped(path, m % path.size()), root)).isFalse();
                }
            }
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = tree.consistencyProof(m, n);
                assertThat(hexes(proof)).isEqualTo(hexes(Reference.proof(m, log.leafHashes, 0, n, true)));
                byte[] older = tree.root(m);
                assertThat(MerkleTree.verifyConsistency(m, n, older, root, proof)).as("consistency %d -> %d", m, n).isTrue();
                if (m < n) {
                    assertThat(MerkleTree.verifyConsistency(m, n, MerkleHash.leaf("forged".getBytes()), root, proof)).isFalse();
                    assertThat(MerkleTree.verifyConsistency(m, n, older, root, flipped(proof, proof.size() - 1))).isFalse();
                }
            }
        }
    }

    @Test
    void theFrontierUsedByTheVerifierGivesTheSameRootAsTheStoredSubtrees() {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            leaves.add(ByteBuffer.allocate(4).putInt(i).array());
        }
        InMemoryLog log = InMemoryLog.of(leaves);
        LogVerifier.Frontier frontier = new LogVerifier.Frontier();
        assertThat(frontier.root()).isEqualTo(MerkleHash.empty());
        for (int i = 0; i < leaves.size(); i++) {
            frontier.add(log.leafHashes.get(i));
            assertThat(frontier.root()).isEqualTo(log.tree().root(i + 1));
        }
    }

    /** A log of a million leaves: a proof reads O(log n) stored subtrees, not the log. */
    @Test
    void aProofInALogOfAMillionLeavesReadsAboutTwiceLogNStoredHashes() {
        int size = (1 << 20) + 4_711;
        InMemoryLog log = InMemoryLog.generated(size);
        long started = System.nanoTime();
        int proofs = 0;
        long maxReads = 0;
        for (long leaf : new long[]{0, 1, 524_287, 1_000_000, size - 2, size - 1}) {
            log.reads.set(0);
            MerkleTree tree = log.tree();
            byte[] root = tree.root(size);
            List<byte[]> path = tree.inclusionProof(leaf, size);
            assertThat(MerkleTree.verifyInclusion(leaf, size, log.leafHash(leaf), path, root)).isTrue();
            maxReads = Math.max(maxReads, log.reads.get());
            proofs++;
        }
        log.reads.set(0);
        MerkleTree tree = log.tree();
        List<byte[]> consistency = tree.consistencyProof(777_777, size);
        assertThat(MerkleTree.verifyConsistency(777_777, size, tree.root(777_777), tree.root(size), consistency)).isTrue();
        long consistencyReads = log.reads.get();
        double millis = (System.nanoTime() - started) / 1e6;
        int logN = 64 - Long.numberOfLeadingZeros(size - 1);
        assertThat(maxReads).as("stored hashes read for root + inclusion proof").isLessThanOrEqualTo(2L * logN + 2);
        assertThat(consistencyReads).as("stored hashes read for two roots + consistency proof").isLessThanOrEqualTo(4L * logN + 4);
        System.out.printf("Merkle log of %d leaves: %d inclusion proofs (root + path) read at most %d stored hashes each; "
                + "a consistency proof %d; %.1f ms in all%n", size, proofs, maxReads, consistencyReads, millis);
    }

    // ---- helpers

    static List<byte[]> testLeaves() {
        return Arrays.stream(LEAVES).map(h -> HexFormat.of().parseHex(h)).toList();
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    static List<String> hexes(List<byte[]> hashes) {
        return hashes.stream().map(MerkleTreeTest::hex).toList();
    }

    static List<byte[]> flipped(List<byte[]> hashes, int which) {
        List<byte[]> copy = new ArrayList<>(hashes);
        byte[] changed = copy.get(which).clone();
        changed[0] ^= 1;
        copy.set(which, changed);
        return copy;
    }

    /** Complete subtrees held in arrays, one byte array of 32-byte hashes per level, counting reads. */
    static final class InMemoryLog {
        final List<byte[]> leafHashes = new ArrayList<>();
        final List<byte[]> levels = new ArrayList<>();
        final AtomicLong reads = new AtomicLong();

        static InMemoryLog of(List<byte[]> leaves) {
            InMemoryLog log = new InMemoryLog();
            leaves.forEach(leaf -> log.leafHashes.add(MerkleHash.leaf(leaf)));
            byte[] level0 = new byte[leaves.size() * 32];
            for (int i = 0; i < leaves.size(); i++) {
                System.arraycopy(log.leafHashes.get(i), 0, level0, i * 32, 32);
            }
            log.build(level0);
            return log;
        }

        /** Leaf i is the 8-byte big-endian i: cheap to make a million of. */
        static InMemoryLog generated(int size) {
            InMemoryLog log = new InMemoryLog();
            byte[] level0 = new byte[size * 32];
            for (int i = 0; i < size; i++) {
                System.arraycopy(MerkleHash.leaf(ByteBuffer.allocate(8).putLong(i).array()), 0, level0, i * 32, 32);
            }
            log.build(level0);
            return log;
        }

        byte[] leafHash(long index) {
            return Arrays.copyOfRange(levels.get(0), (int) index * 32, (int) index * 32 + 32);
        }

        private void build(byte[] level0) {
            levels.add(level0);
            byte[] below = level0;
            while (below.length >= 64) {
                int count = below.length / 64;
                byte[] level = new byte[count * 32];
                for (int i = 0; i < count; i++) {
                    byte[] hash = MerkleHash.node(Arrays.copyOfRange(below, i * 64, i * 64 + 32),
                            Arrays.copyOfRange(below, i * 64 + 32, i * 64 + 64));
                    System.arraycopy(hash, 0, level, i * 32, 32);
                }
                levels.add(level);
                below = level;
            }
        }

        MerkleTree tree() {
            return new MerkleTree((level, index) -> {
                reads.incrementAndGet();
                byte[] row = levels.get(level);
                return Arrays.copyOfRange(row, (int) index * 32, (int) index * 32 + 32);
            });
        }
    }

    /** RFC 9162 §2.1.1, §2.1.3.1 and §2.1.4.1 written as the RFC states them, by recursion on leaf hashes. */
    static final class Reference {
        static byte[] mth(List<byte[]> leaves, int start, int end) {
            int n = end - start;
            if (n == 0) {
                return MerkleHash.empty();
            }
            if (n == 1) {
                return leaves.get(start);
            }
            int k = Integer.highestOneBit(n - 1);
            return MerkleHash.node(mth(leaves, start, start + k), mth(leaves, start + k, end));
        }

        static List<byte[]> path(int m, List<byte[]> leaves, int start, int end) {
            int n = end - start;
            List<byte[]> out = new ArrayList<>();
            if (n == 1) {
                return out;
            }
            int k = Integer.highestOneBit(n - 1);
            if (m < k) {
                out.addAll(path(m, leaves, start, start + k));
                out.add(mth(leaves, start + k, end));
            } else {
                out.addAll(path(m - k, leaves, start + k, end));
                out.add(mth(leaves, start, start + k));
            }
            return out;
        }

        static List<byte[]> proof(int m, List<byte[]> leaves, int start, int end, boolean b) {
            int n = end - start;
            List<byte[]> out = new ArrayList<>();
            if (m == n) {
                if (!b) {
                    out.add(mth(leaves, start, end));
                }
                return out;
            }
            int k = Integer.highestOneBit(n - 1);
            if (m <= k) {
                out.addAll(proof(m, leaves, start, start + k, b));
                out.add(mth(leaves, start + k, end));
            } else {
                out.addAll(proof(m - k, leaves, start + k, end, false));
                out.add(mth(leaves, start, start + k));
            }
            return out;
        }
    }
}
