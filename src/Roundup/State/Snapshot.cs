using System.Text;

namespace Roundup.State;

/// <summary>
/// Writes a stream's state (see <c>StoryStream.Save</c>): little-endian primitives, every list after its count, doubles
/// bit for bit so that a restored stream decides exactly as the saved one would have.
/// </summary>
internal sealed class SnapshotWriter(Stream output) : IDisposable
{
    private readonly BinaryWriter _writer = new(output, Encoding.UTF8, leaveOpen: true);

    public void Int(int value) => _writer.Write(value);

    public void Long(long value) => _writer.Write(value);

    public void ULong(ulong value) => _writer.Write(value);

    public void Double(double value) => _writer.Write(value);

    public void Doubles(ReadOnlySpan<double> values)
    {
        foreach (var value in values)
        {
            _writer.Write(value);
        }
    }

    public void Bool(bool value) => _writer.Write(value);

    public void String(string? value)
    {
        _writer.Write(value is not null);
        if (value is not null)
        {
            _writer.Write(value);
        }
    }

    public void Date(DateOnly? value) => _writer.Write(value?.DayNumber ?? -1);

    public void Strings(IReadOnlyList<string> values)
    {
        Int(values.Count);
        foreach (var value in values)
        {
            _writer.Write(value);
        }
    }

    public void Ints(IReadOnlyCollection<int> values)
    {
        Int(values.Count);
        foreach (var value in values)
        {
            _writer.Write(value);
        }
    }

    public void Dispose() => _writer.Dispose();
}

/// <summary>
/// Reads what <see cref="SnapshotWriter"/> wrote; a damaged or truncated snapshot ends in <see cref="InvalidDataException"/>
/// or <see cref="EndOfStreamException"/>, never in a huge allocation.
/// </summary>
internal sealed class SnapshotReader(Stream input) : IDisposable
{
    /// <summary>Largest count read from a stream whose length is unknown: no state holds more entries in one list.</summary>
    private const int MaxUnknownCount = 1 << 28;

    private readonly BinaryReader _reader = new(input, Encoding.UTF8, leaveOpen: true);

    /// <summary>Term and entity ids lie below this (the vocabularies' sizes, once read).</summary>
    public int IdLimit { get; set; } = int.MaxValue;

    public int Int() => _reader.ReadInt32();

    public long Long() => _reader.ReadInt64();

    public ulong ULong() => _reader.ReadUInt64();

    public double Double() => _reader.ReadDouble();

    /// <summary>Ids of <paramref name="count"/> entries, each an index below <see cref="IdLimit"/>.</summary>
    public int[] Ids(int count)
    {
        var ids = new int[count];
        for (int i = 0; i < count; i++)
        {
            ids[i] = Id();
        }
        return ids;
    }

    /// <summary>A term or entity id: below <see cref="IdLimit"/>.</summary>
    public int Id() => Index(_reader.ReadInt32(), IdLimit);

    public double[] Doubles(int count)
    {
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = _reader.ReadDouble();
        }
        return values;
    }

    public bool Bool() => _reader.ReadBoolean();

    public string? String() => _reader.ReadBoolean() ? _reader.ReadString() : null;

    public DateOnly? Date()
    {
        int day = _reader.ReadInt32();
        return day < 0 ? null : day <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber(day) : throw Damaged();
    }

    /// <summary>A count of entries of at least one byte each: never more than the bytes left.</summary>
    public int Count()
    {
        int count = _reader.ReadInt32();
        long limit = input.CanSeek ? input.Length - input.Position : MaxUnknownCount;
        return count >= 0 && count <= limit ? count : throw Damaged();
    }

    public List<string> Strings()
    {
        int n = Count();
        var values = new List<string>(n);
        for (int i = 0; i < n; i++)
        {
            values.Add(_reader.ReadString());
        }
        return values;
    }

    public List<int> Ints()
    {
        int n = Count();
        var values = new List<int>(n);
        for (int i = 0; i < n; i++)
        {
            values.Add(_reader.ReadInt32());
        }
        return values;
    }

    /// <summary>An id or a position: never negative in a sound snapshot.</summary>
    public static int NonNegative(int value) => value >= 0 ? value : throw Damaged();

    /// <summary>An index into a list of <paramref name="count"/>.</summary>
    public static int Index(int value, int count) => value >= 0 && value < count ? value : throw Damaged();

    public static InvalidDataException Damaged() => new("it is damaged");

    public void Dispose() => _reader.Dispose();
}
