namespace Roundup.Storage;

/// <summary>A saved story stream: the store number of the last article it took in, and its state as the engine wrote it.</summary>
public sealed record StreamCheckpoint(long LastArticle, byte[] State);
