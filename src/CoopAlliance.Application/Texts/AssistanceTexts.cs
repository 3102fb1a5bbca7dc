namespace CoopAlliance.Application.Texts;

/// <summary>
/// The words of the assistance emails to a co-op's reps (Resources/Texts/AssistanceTexts.resx and .es.resx), written
/// in the co-op's preferred language (<see cref="Assistance.AssistanceNotifier.ToCoopAsync"/>).
/// </summary>
public sealed class AssistanceTexts;
