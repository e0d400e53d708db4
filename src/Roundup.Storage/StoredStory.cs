namespace Roundup.Storage;

/// <summary>A story as the store holds it.</summary>
/// <param name="Id">Its id: the store number of its first article, stable as articles are added.</param>
/// <param name="Title">Its title (the headline most widely shared by its articles).</param>
/// <param name="First">The earliest publication date of its articles, when known.</param>
/// <param name="Last">The latest publication date of its articles, when known.</param>
/// <param name="Articles">How many articles it holds.</param>
/// <param name="Independent">How many of them are not reprints.</param>
public sealed record StoredStory(long Id, string Title, DateOnly? First, DateOnly? Last, int Articles, int Independent);
