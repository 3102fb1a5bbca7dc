namespace CoopAlliance.Application.Texts;

/// <summary>The words of the directory listings' emails to a co-op (Resources/Texts/ListingTexts.resx and .es.resx).</summary>
public sealed class ListingTexts;
