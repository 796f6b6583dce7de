package cn.safety.enforcement.domain.draw;

import java.util.List;
import java.util.function.Consumer;

/**
 * Port: the lists of a draw, kept apart from it (a pool may hold a million candidates), written once and never
 * changed, and read back as streams for publishing.
 */
public interface DrawContents {

    /** Writes the frozen lists of a new draw. */
    void store(long drawId, FrozenLists lists);

    /** The frozen lists, in their published order. */
    FrozenLists load(long drawId);

    /** Writes the result of the seeded draw. */
    void storeResult(long drawId, DrawResult result);

    /** The enterprises selected, in drawn order. */
    List<Long> selectedEnterpriseIds(long drawId);

    /** Each candidate's credit code in ascending order, read a part at a time. */
    void eachCandidate(long drawId, Consumer<String> each);

    List<String> roster(long drawId);

    List<RecusedPair> recusals(long drawId);

    /** Each selected enterprise with its inspectors, in drawn order, read a part at a time. */
    void eachAssignment(long drawId, Consumer<DrawResult.Assignment> each);
}
