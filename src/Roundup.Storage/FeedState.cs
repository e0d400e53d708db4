namespace Roundup.Storage;

/// <summary>A watched feed as the store keeps it between fetches.</summary>
/// <param name="Url">The feed's URL.</param>
/// <param name="ETag">The ETag of the last version fetched, sent back as If-None-Match.</param>
/// <param name="LastModified">The Last-Modified date of the last version fetched, sent back as If-Modified-Since.</param>
/// <param name="NextFetch">When it is next due.</param>
/// <param name="Errors">Fetches that failed in a row (0 after a success).</param>
/// <param name="FailingSince">When the current run of failures began, if it is failing.</param>
/// <param name="LastError">Why the last fetch failed, if it did.</param>
/// <param name="LastFetched">When it was last fetched successfully.</param>
public sealed record FeedState(
    string Url,
    string? ETag,
    string? LastModified,
    DateTimeOffset NextFetch,
    int Errors,
    DateTimeOffset? FailingSince,
    string? LastError,
    DateTimeOffset? LastFetched);
