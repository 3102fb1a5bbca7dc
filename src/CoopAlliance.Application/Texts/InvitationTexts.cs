namespace CoopAlliance.Application.Texts;

/// <summary>The words of the login invitation email (Resources/Texts/InvitationTexts.resx and .es.resx).</summary>
public sealed class InvitationTexts;
