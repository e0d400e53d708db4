using Roundup.State;

namespace Roundup.Stories;

/// <summary>A story's part of a saved stream (see <see cref="StoryStream.Save"/>).</summary>
internal sealed partial class StoryState
{
    /// <summary>
    /// Writes an open story whole: its sums in insertion order, its centroid vectors as last weighed (a big story's
    /// are deliberately stale, see <see cref="RefreshGrowth"/>) and its members, so that a restored story scores as this one.
    /// </summary>
    public void Write(SnapshotWriter writer)
    {
        writer.Int(LastSeen);
        writer.Date(FirstDate);
        writer.Date(LastDate);
        writer.Bool(Established);
        writer.Int(CheckedForSplitAt);
        writer.Int(CheckedForMergeAt);
        writer.Double(_termNormSquared);
        writer.Double(_entityNormSquared);
        writer.Int(_weighedCount);
        writer.Bool(_terms is not null);
        if (_terms is not null)
        {
            writer.Vector(_terms);
            writer.Vector(_entities!);
        }
        writer.Sum(TermSum);
        writer.Sum(EntitySum);
        writer.Ints(IndexedUnder);
        writer.Int(Members.Count);
        foreach (var member in Members)
        {
            member.Write(writer);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote into this new story.</summary>
    public void Read(SnapshotReader reader)
    {
        LastSeen = SnapshotReader.NonNegative(reader.Int());
        FirstDate = reader.Date();
        LastDate = reader.Date();
        Established = reader.Bool();
        CheckedForSplitAt = reader.Int();
        CheckedForMergeAt = reader.Int();
        _termNormSquared = reader.Double();
        _entityNormSquared = reader.Double();
        _weighedCount = reader.Int();
        if (reader.Bool())
        {
            _terms = reader.Vector();
            _entities = reader.Vector();
        }
        reader.Sum(TermSum);
        reader.Sum(EntitySum);
        foreach (var term in reader.Ints())
        {
            IndexedUnder.Add(term);
        }
        int n = reader.Count();
        for (int i = 0; i < n; i++)
        {
            Members.Add(StoryMember.Read(reader, this));
        }
    }
}
