using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Marketing;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Marketing.Stories;

/// <summary>The moderation list as filtered (all pages) as CSV, for staff only: it carries storytellers' email addresses.</summary>
[Authorize(Roles.Staff)]
public sealed record ExportStories(StoryStatus? Status = null, string? Q = null) : IRequest<string>;

public sealed class ExportStoriesValidator : AbstractValidator<ExportStories>
{
    public ExportStoriesValidator() => RuleFor(x => x.Q).MaximumLength(200);
}

public sealed class ExportStoriesHandler(IAppDbContext db) : IRequestHandler<ExportStories, string>
{
    public async Task<string> Handle(ExportStories request, CancellationToken cancellationToken)
    {
        var stories = await StoryFilter.Apply(db, request.Status, request.Q).ToListAsync(cancellationToken);
        var csv = new CsvBuilder().Row("Id", "Title", "Co-op as named", "Linked co-op", "Storyteller", "Email", "Status", "Featured", "Submitted", "Published");
        foreach (var s in stories)
        {
            csv.Row(s.Id, s.Title, s.CoopName, s.LinkedCoopName, s.StorytellerName, s.Email, s.Status.Describe(), s.IsFeatured ? "Yes" : "No",
                s.SubmittedAt, s.PublishedAt);
        }

        return csv.ToString();
    }
}
