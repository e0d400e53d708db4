namespace Roundup.Storage;

/// <summary>
/// One step of a store's schema, applied once and in order. Steps are only ever added: a step that has shipped is
/// never edited, so every store, whatever version it was written by, reaches the same schema.
/// </summary>
/// <param name="Version">The schema version the step leads to (1, 2, …, without gaps).</param>
/// <param name="Name">What the step adds, for the version table and for errors.</param>
/// <param name="Sql">The statements of the step.</param>
internal sealed record Migration(int Version, string Name, string Sql);
