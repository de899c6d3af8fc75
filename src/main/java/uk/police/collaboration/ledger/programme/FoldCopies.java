package uk.police.collaboration.ledger.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Copying the part folds' state for {@link ProgrammeFoldState#copy}. The views and records the folds
 * hold are immutable (and payloads are never changed in place: corrections lay their facts over a
 * copy), so a copy shares them and copies only the collections and the mutable per-record builders.
 */
final class FoldCopies {

    private FoldCopies() {
    }

    /** Into {@code target} (empty, of the kind the fold chose), each list copied, in the same order. */
    static <K, V> void lists(Map<K, List<V>> source, Map<K, List<V>> target) {
        source.forEach((key, list) -> target.put(key, new ArrayList<>(list)));
    }

    /** Into {@code target} (empty), each value copied by {@code copy}, in the same order. */
    static <K, V> void each(Map<K, V> source, Map<K, V> target, Function<V, V> copy) {
        source.forEach((key, value) -> target.put(key, copy.apply(value)));
    }

    static <K, V> Map<K, V> linked(Map<K, V> source, Function<V, V> copy) {
        Map<K, V> target = new LinkedHashMap<>();
        each(source, target, copy);
        return target;
    }
}
