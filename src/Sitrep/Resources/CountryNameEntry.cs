namespace Sitrep.Resources;

/// <summary>A way a language names a country or its people: "Mali", "Malian", "Malians".</summary>
public sealed record CountryNameEntry(string Phrase, string Iso2, bool IsDemonym);
