using Roundup.State;

namespace Roundup.Stories;

/// <summary>The clusterer's vectors and sums in a saved stream (see <see cref="StoryStream.Save"/>).</summary>
internal static class SnapshotVectors
{
    public static void Vector(this SnapshotWriter writer, SparseVector vector)
    {
        writer.Ints(vector.Ids);
        writer.Doubles(vector.Weights);
        writer.Double(vector.Norm);
    }

    public static SparseVector Vector(this SnapshotReader reader)
    {
        var ids = reader.Ids(reader.Count());
        return new SparseVector(ids, reader.Doubles(ids.Length), reader.Double());
    }

    /// <summary>A sum in its enumeration order, which a restored dictionary repeats (sums are only ever added to).</summary>
    public static void Sum(this SnapshotWriter writer, Dictionary<int, double> sum)
    {
        writer.Int(sum.Count);
        foreach (var (id, weight) in sum)
        {
            writer.Int(id);
            writer.Double(weight);
        }
    }

    public static void Sum(this SnapshotReader reader, Dictionary<int, double> into)
    {
        int n = reader.Count();
        into.EnsureCapacity(n);
        for (int i = 0; i < n; i++)
        {
            if (!into.TryAdd(reader.Id(), reader.Double()))
            {
                throw SnapshotReader.Damaged();
            }
        }
    }
}
