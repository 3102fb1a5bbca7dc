using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Marketing;
using CoopAlliance.Domain.Operations;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Marketing.Stories;

/// <summary>
/// Someone tells their co-op's story on the public form or through the API (no sign-in). The story waits for staff:
/// nothing is published, and nothing is sent to anyone but a fixed "thank you" to the address given.
/// </summary>
[PublicRequest]
public sealed record SubmitStory : ICommand<int>, IPublicSubmission
{
    /// <summary>The co-op the story is about, as the storyteller names it.</summary>
    public string CoopName { get; init; } = "";
    public string StorytellerName { get; init; } = "";
    public string Email { get; init; } = "";
    public string Title { get; init; } = "";
    public string Story { get; init; } = "";
    /// <summary>"I agree that the alliance may publish this story with my name."</summary>
    public bool Consent { get; init; }
    /// <summary>The honeypot: people leave it empty (see <see cref="IPublicSubmission"/>).</summary>
    public string? Fax { get; init; }
}

public sealed class SubmitStoryValidator : AbstractValidator<SubmitStory>
{
    public SubmitStoryValidator()
    {
        RuleFor(x => x.CoopName).NotEmpty().WithMessage("Tell us which co-op the story is about.")
            .MaximumLength(200).WithMessage("Keep the co-op's name under 200 characters.");
        RuleFor(x => x.StorytellerName).NotEmpty().WithMessage("Tell us your name; we publish the story with it.")
            .MaximumLength(200).WithMessage("Keep your name under 200 characters.");
        RuleFor(x => x.Email).NotEmpty().WithMessage("Enter your email address, so staff can reach you about the story.")
            .EmailAddress().WithMessage("Enter an email address like maria@example.coop.")
            .MaximumLength(256).WithMessage("Keep the email address under 256 characters.");
        RuleFor(x => x.Title).NotEmpty().WithMessage("Give your story a title.")
            .MaximumLength(200).WithMessage("Keep the title under 200 characters.");
        RuleFor(x => x.Story).NotEmpty().WithMessage("Write your story.")
            .MaximumLength(8000).WithMessage("Keep the story under 8,000 characters (about three pages).");
        RuleFor(x => x.Consent).Equal(true).WithMessage("Tick the box to let us publish your story.");
    }
}

public sealed class SubmitStoryHandler(IAppDbContext db, TimeProvider clock, IOptions<AppOptions> options, IStringLocalizer<StoryTexts> text)
    : IRequestHandler<SubmitStory, int>
{
    public const string AcknowledgementSubject = "We received your story";

    /// <summary>
    /// A fixed text that echoes nothing the sender wrote, so the form cannot send a stranger words of the sender's
    /// choosing; in the language of the request (the language the storyteller used).
    /// </summary>
    public static string Acknowledgement(IStringLocalizer text, string allianceName) =>
        string.Join("\n\n",
            text["Hello,"],
            text["Thank you for sending the {0} your co-op's story. Staff read every story before it is published; we may write to you at this address if we have a question.", allianceName],
            text["If you did not send a story, you can ignore this message."],
            text["In solidarity,"] + "\n" + text["The alliance staff"]);

    public async Task<int> Handle(SubmitStory request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var story = MemberStory.Submit(new StorySubmission(request.CoopName, request.StorytellerName, request.Email, request.Title,
            request.Story, request.Consent), now);
        db.MemberStories.Add(story);
        db.OutboxMessages.Add(new OutboxMessage(request.Email.Trim(), text[AcknowledgementSubject], Acknowledgement(text, options.Value.AllianceName), now));
        await db.SaveChangesAsync(cancellationToken);
        return story.Id;
    }
}
