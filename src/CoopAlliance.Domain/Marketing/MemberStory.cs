using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Cooperatives;

namespace CoopAlliance.Domain.Marketing;

/// <summary>What someone wrote on the public "Submit your story" form.</summary>
public sealed record StorySubmission(string CoopName, string StorytellerName, string Email, string Title, string Story, bool Consent);

/// <summary>
/// A member story: submitted by anyone on the public form with explicit consent, and shown nowhere (nor sent on)
/// until staff approve it. Staff may edit it, link it to the co-op it is about, feature it on the front page,
/// reject it with a reason, or unpublish it later.
/// </summary>
public sealed class MemberStory : Entity, IVersioned
{
    private MemberStory() { }

    public static MemberStory Submit(StorySubmission s, DateTimeOffset at)
    {
        if (!s.Consent)
        {
            throw new DomainRuleException("We publish a story only with your consent: tick the box to give it.");
        }

        return new MemberStory
        {
            CoopName = s.CoopName.Trim(),
            StorytellerName = s.StorytellerName.Trim(),
            Email = s.Email.Trim(),
            Title = s.Title.Trim(),
            Body = s.Story.Trim(),
            ConsentGivenAt = at,
            SubmittedAt = at,
            Status = StoryStatus.Pending,
        };
    }

    public int? CooperativeId { get; private set; }
    /// <summary>The co-op as the storyteller named it.</summary>
    public string CoopName { get; private set; } = "";
    public string StorytellerName { get; private set; } = "";
    /// <summary>For staff to reply; never shown publicly.</summary>
    public string Email { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public int? PhotoId { get; private set; }
    public DateTimeOffset ConsentGivenAt { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public StoryStatus Status { get; private set; }
    public bool IsFeatured { get; private set; }
    public string? RejectionReason { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? ModeratedAt { get; private set; }
    public string? ModeratedBy { get; private set; }
    public int Version { get; set; }

    public string Slug => Marketing.Slug.From(Title);

    public void AttachPhoto(int photoId) => PhotoId = photoId;

    /// <summary>Staff edit the text before (or after) publishing, e.g. to fix a typo or shorten it.</summary>
    public void Edit(string title, string body, int? cooperativeId, Actor by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(body))
        {
            throw new DomainRuleException("A story needs a title and its text.");
        }

        Title = title.Trim();
        Body = body.Trim();
        CooperativeId = cooperativeId;
        Moderated(by, at);
    }

    public void Approve(Actor by, DateTimeOffset at)
    {
        if (Status == StoryStatus.Published)
        {
            throw new DomainRuleException("This story is already published.");
        }

        Status = StoryStatus.Published;
        PublishedAt ??= at;
        RejectionReason = null;
        Moderated(by, at);
    }

    public void Reject(string reason, Actor by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Give a reason; it is kept with the story.");
        }

        if (Status != StoryStatus.Pending)
        {
            throw new DomainRuleException("Only a story waiting for moderation can be rejected; unpublish a published one.");
        }

        Status = StoryStatus.Rejected;
        RejectionReason = reason.Trim();
        Moderated(by, at);
    }

    public void Unpublish(Actor by, DateTimeOffset at)
    {
        if (Status != StoryStatus.Published)
        {
            throw new DomainRuleException("Only a published story can be unpublished.");
        }

        Status = StoryStatus.Unpublished;
        IsFeatured = false;
        Moderated(by, at);
    }

    /// <summary>Featured stories lead the front page; only a published story can be.</summary>
    public void Feature(bool featured, Actor by, DateTimeOffset at)
    {
        if (featured && Status != StoryStatus.Published)
        {
            throw new DomainRuleException("Publish the story before featuring it.");
        }

        IsFeatured = featured;
        Moderated(by, at);
    }

    private void Moderated(Actor by, DateTimeOffset at)
    {
        ModeratedAt = at;
        ModeratedBy = by.Name;
    }
}
