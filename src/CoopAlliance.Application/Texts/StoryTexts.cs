namespace CoopAlliance.Application.Texts;

/// <summary>The words of the member-story emails (Resources/Texts/StoryTexts.resx and .es.resx).</summary>
public sealed class StoryTexts;
