namespace CoopAlliance.Application.Texts;

/// <summary>The words of the membership application's acknowledgement (Resources/Texts/MembershipApplicationTexts.resx and .es.resx).</summary>
public sealed class MembershipApplicationTexts;
