using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Domain.Assistance;
using MediatR;

namespace CoopAlliance.Application.Assistance;

/// <summary>The queue as CSV with the same filters and order as the screen, every page of it (staff).</summary>
[Authorize(Roles.Staff)]
public sealed record ExportAssistanceRequests(ListAssistanceRequests Filter) : IRequest<string>;

public sealed class ExportAssistanceRequestsHandler(IMediator sender) : IRequestHandler<ExportAssistanceRequests, string>
{
    public async Task<string> Handle(ExportAssistanceRequests request, CancellationToken cancellationToken)
    {
        var csv = new CsvBuilder().Row("Id", "Co-op", "Title", "Category", "Status", "Priority", "Submitted", "Provider",
            "First response due", "First response SLA", "Resolution due", "Resolution SLA", "Resolved", "Needs hours approval");
        for (var page = 1; ; page++)
        {
            var list = await sender.Send(request.Filter with { Page = page, PageSize = Paging.MaxPageSize }, cancellationToken);
            foreach (var r in list.Items)
            {
                csv.Row(r.Id, r.CoopName, r.Title, r.Category.Describe(), r.Status.Describe(), r.Priority, r.SubmittedAt, r.ProviderName,
                    r.FirstResponseDueOn, r.FirstResponseSla, r.ResolutionDueOn, r.ResolutionSla, r.ResolvedAt, r.NeedsHoursApproval);
            }

            if (!list.HasNext)
            {
                return csv.ToString();
            }
        }
    }
}
