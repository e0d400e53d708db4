using System.Runtime.InteropServices;
using Roundup.State;

namespace Roundup.Stories;

/// <summary>
/// Integer ids for the terms (or entities, both by their hash keys, see <see cref="ArticleFeatures"/>) of a stream, with each one's document frequency: story vectors keyed by
/// ints compare several times faster than vectors keyed by strings. Grows with the stream's distinct terms (news
/// vocabulary grows slowly — Heaps' law — so a few hundred thousand ids per million articles).
/// </summary>
internal sealed class Vocabulary
{
    private readonly Dictionary<ulong, int> _ids = [];
    private readonly List<int> _documentFrequency = [];

    /// <summary>The id of <paramref name="key"/>, if it was ever counted.</summary>
    public int? Find(ulong key) => _ids.TryGetValue(key, out var id) ? id : null;

    public int DocumentFrequency(int id) => _documentFrequency[id];

    /// <summary>Counts one document holding these keys (new keys get ids) and returns its counts by id.</summary>
    public KeyValuePair<int, int>[] Count(KeyValuePair<ulong, int>[] counts)
    {
        var result = new KeyValuePair<int, int>[counts.Length];
        int i = 0;
        foreach (var (key, count) in counts)
        {
            ref int id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, key, out bool exists);
            if (!exists)
            {
                id = _documentFrequency.Count;
                _documentFrequency.Add(0);
            }
            _documentFrequency[id]++;
            result[i++] = new KeyValuePair<int, int>(id, count);
        }
        return result;
    }

    /// <summary>Ids in use: every id is below this.</summary>
    public int Size => _documentFrequency.Count;

    /// <summary>Writes each key with its document frequency, in id order.</summary>
    public void Write(SnapshotWriter writer)
    {
        var keys = new ulong[_documentFrequency.Count];
        foreach (var (key, id) in _ids)
        {
            keys[id] = key;
        }
        writer.Int(keys.Length);
        for (int id = 0; id < keys.Length; id++)
        {
            writer.ULong(keys[id]);
            writer.Int(_documentFrequency[id]);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote into this (empty) vocabulary.</summary>
    public void Read(SnapshotReader reader)
    {
        int n = reader.Count();
        _ids.EnsureCapacity(n);
        for (int id = 0; id < n; id++)
        {
            if (!_ids.TryAdd(reader.ULong(), id))
            {
                throw SnapshotReader.Damaged();
            }
            _documentFrequency.Add(SnapshotReader.NonNegative(reader.Int()));
        }
    }
}
