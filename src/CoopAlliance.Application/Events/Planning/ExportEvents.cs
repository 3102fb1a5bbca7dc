using System.Globalization;
using CoopAlliance.Application.Benefits.Documents;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Events;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Events.Planning;

/// <summary>The staff list of events as filtered, all pages, as CSV.</summary>
[Authorize(Roles.Staff)]
public sealed record ExportEvents(EventStatus? Status = null, string? Q = null) : IRequest<CsvFile>;

public sealed class ExportEventsValidator : AbstractValidator<ExportEvents>
{
    public ExportEventsValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Q).MaximumLength(200);
    }
}

public sealed class ExportEventsHandler(IAppDbContext db) : IRequestHandler<ExportEvents, CsvFile>
{
    public async Task<CsvFile> Handle(ExportEvents request, CancellationToken cancellationToken)
    {
        var csv = new CsvBuilder().Row("Id", "Title", "Starts", "Ends", "Venue", "Town", "Public", "Status", "Capacity", "Places held",
            "Accepted sessions", "Proposals waiting");
        foreach (var e in await EventFilter.Apply(db, request.Status, request.Q).ToListAsync(cancellationToken))
        {
            csv.Row(e.Id, e.Title, e.StartsAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), e.EndsAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                e.VenueName, e.Town, e.IsPublic ? "yes" : "no", e.Status.Describe(), e.Capacity, e.PlacesHeld, e.Sessions, e.Proposals);
        }

        return new CsvFile("events.csv", System.Text.Encoding.UTF8.GetBytes(csv.ToString()));
    }
}
