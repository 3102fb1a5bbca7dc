using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Events;

/// <summary>
/// An organisation invited to plan an event with the alliance (a member co-op or an allied organisation) and its
/// contact person. The contact answers from the link in the invitation (<see cref="Token"/>, no login); a partner who
/// joins gets roles and sees the planning task list through the same link.
/// </summary>
public sealed class EventPartner : Entity
{
    private EventPartner() { }

    public EventPartner(int eventId, string organisationName, int? cooperativeId, string contactName, string contactEmail, Actor by, DateTimeOffset at)
    {
        EventId = eventId;
        OrganisationName = Require.Text(organisationName, "Give the organisation's name.");
        CooperativeId = cooperativeId;
        ContactName = Require.Text(contactName, "Give the contact person's name.");
        ContactEmail = Require.Text(contactEmail, "Give the contact person's email address.").ToLowerInvariant();
        Answer = InvitationAnswer.Pending;
        Token = DraftUpload.NewToken();
        InvitedAt = at;
        InvitedBy = by.Name;
    }

    public int EventId { get; private set; }
    public string OrganisationName { get; private set; } = "";
    /// <summary>The member co-op, when the partner is one.</summary>
    public int? CooperativeId { get; private set; }
    public string ContactName { get; private set; } = "";
    public string ContactEmail { get; private set; } = "";
    public InvitationAnswer Answer { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }
    public PartnerRoles Roles { get; private set; }
    public string Token { get; private set; } = "";
    public DateTimeOffset InvitedAt { get; private set; }
    public string InvitedBy { get; private set; } = "";
    public DateTimeOffset? InvitationSentAt { get; private set; }

    public bool HasJoined => Answer == InvitationAnswer.Interested;

    public void Respond(InvitationAnswer answer, DateTimeOffset at)
    {
        if (answer == InvitationAnswer.Pending)
        {
            throw new DomainRuleException("Choose \"interested\" or \"not now\".");
        }

        Answer = answer;
        AnsweredAt = at;
        if (answer == InvitationAnswer.NotNow)
        {
            Roles = PartnerRoles.None;
        }
    }

    public void AssignRoles(PartnerRoles roles)
    {
        if (!HasJoined && roles != PartnerRoles.None)
        {
            throw DomainRuleException.Format("{0} has not said it is interested yet; roles come after it joins.", OrganisationName);
        }

        Roles = roles;
    }

    public void ChangeContact(string contactName, string contactEmail)
    {
        ContactName = Require.Text(contactName, "Give the contact person's name.");
        ContactEmail = Require.Text(contactEmail, "Give the contact person's email address.").ToLowerInvariant();
    }

    public void MarkInvitationSent(DateTimeOffset at) => InvitationSentAt ??= at;
}

/// <summary>
/// One line of the shared planning list: what, who owns it, by when, done or not. The owner is reminded once when it
/// is due soon (the reminder job records <see cref="ReminderSentAt"/>; a rerun sends nothing new).
/// </summary>
public sealed class PlanningTask : Entity, IVersioned
{
    private PlanningTask() { }

    public PlanningTask(int eventId, string what, string ownerName, string? ownerEmail, int? partnerId, DateOnly dueOn, Actor by, DateTimeOffset at)
    {
        EventId = eventId;
        CreatedAt = at;
        CreatedBy = by.Name;
        Change(what, ownerName, ownerEmail, partnerId, dueOn);
    }

    public int EventId { get; private set; }
    public string What { get; private set; } = "";
    public string OwnerName { get; private set; } = "";
    public string? OwnerEmail { get; private set; }
    /// <summary>The partner organisation that owns the task, if not the alliance.</summary>
    public int? PartnerId { get; private set; }
    public DateOnly DueOn { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }
    public string? DoneBy { get; private set; }
    public DateTimeOffset? ReminderSentAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public int Version { get; set; }

    public bool IsDone => DoneAt is not null;

    public void Change(string what, string ownerName, string? ownerEmail, int? partnerId, DateOnly dueOn)
    {
        What = Require.Text(what, "Say what needs doing.");
        OwnerName = Require.Text(ownerName, "Say who owns the task.");
        var email = Person.Clean(ownerEmail)?.ToLowerInvariant();
        if (email != OwnerEmail || dueOn != DueOn)
        {
            // A new owner or a new date deserves its own reminder.
            ReminderSentAt = null;
        }

        OwnerEmail = email;
        PartnerId = partnerId;
        DueOn = dueOn;
    }

    public void MarkDone(string by, DateTimeOffset at)
    {
        DoneAt ??= at;
        DoneBy ??= by;
    }

    public void Reopen()
    {
        DoneAt = null;
        DoneBy = null;
    }

    /// <summary>Whether the owner should be reminded today: not done, has an email, due within <paramref name="daysBefore"/> days, not reminded yet.</summary>
    public bool NeedsReminder(DateOnly today, int daysBefore) =>
        DoneAt is null && OwnerEmail is not null && ReminderSentAt is null && DueOn <= today.AddDays(daysBefore);

    public void MarkReminded(DateTimeOffset at) => ReminderSentAt ??= at;
}
