using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAlliance.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Assistance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssistanceProviders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organization = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 25, nullable: true),
                    Specialties = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HourlyRate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Billing = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssistanceProviders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AssistanceRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Urgency = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    PreferredContact = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactDetail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StatusChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstResponseDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResolutionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FirstRespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EstimatedHours = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    NeedsHoursApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    HoursApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HoursApprovedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssistanceRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssistanceRequests_AssistanceProviders_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "AssistanceProviders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssistanceRequests_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssistanceAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssistanceRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    UploadedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssistanceAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssistanceAttachments_AssistanceRequests_AssistanceRequestId",
                        column: x => x.AssistanceRequestId,
                        principalTable: "AssistanceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssistanceComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssistanceRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsInternal = table.Column<bool>(type: "INTEGER", nullable: false),
                    ByStaff = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuthorUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssistanceComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssistanceComments_AssistanceRequests_AssistanceRequestId",
                        column: x => x.AssistanceRequestId,
                        principalTable: "AssistanceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssistanceEvent",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssistanceRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: true),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssistanceEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssistanceEvent_AssistanceRequests_AssistanceRequestId",
                        column: x => x.AssistanceRequestId,
                        principalTable: "AssistanceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssistanceSlaAlerts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssistanceRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    Threshold = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssistanceSlaAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssistanceSlaAlerts_AssistanceRequests_AssistanceRequestId",
                        column: x => x.AssistanceRequestId,
                        principalTable: "AssistanceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TimeEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssistanceRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    CooperativeId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProviderId = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Billing = table.Column<int>(type: "INTEGER", nullable: false),
                    HourlyRate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    LoggedByUserId = table.Column<int>(type: "INTEGER", nullable: true),
                    LoggedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimeEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimeEntries_AssistanceProviders_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "AssistanceProviders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TimeEntries_AssistanceRequests_AssistanceRequestId",
                        column: x => x.AssistanceRequestId,
                        principalTable: "AssistanceRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssistanceAttachmentContents",
                columns: table => new
                {
                    AssistanceAttachmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssistanceAttachmentContents", x => x.AssistanceAttachmentId);
                    table.ForeignKey(
                        name: "FK_AssistanceAttachmentContents_AssistanceAttachments_AssistanceAttachmentId",
                        column: x => x.AssistanceAttachmentId,
                        principalTable: "AssistanceAttachments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssistanceAttachments_AssistanceRequestId",
                table: "AssistanceAttachments",
                column: "AssistanceRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_AssistanceComments_AssistanceRequestId",
                table: "AssistanceComments",
                column: "AssistanceRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_AssistanceEvent_AssistanceRequestId",
                table: "AssistanceEvent",
                column: "AssistanceRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_AssistanceProviders_Name",
                table: "AssistanceProviders",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_AssistanceRequests_CooperativeId_Status",
                table: "AssistanceRequests",
                columns: new[] { "CooperativeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_AssistanceRequests_ProviderId",
                table: "AssistanceRequests",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_AssistanceRequests_Status",
                table: "AssistanceRequests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_AssistanceSlaAlerts_AssistanceRequestId_Threshold_DueOn",
                table: "AssistanceSlaAlerts",
                columns: new[] { "AssistanceRequestId", "Threshold", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TimeEntries_AssistanceRequestId",
                table: "TimeEntries",
                column: "AssistanceRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_TimeEntries_CooperativeId_WorkedOn",
                table: "TimeEntries",
                columns: new[] { "CooperativeId", "WorkedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TimeEntries_ProviderId_WorkedOn",
                table: "TimeEntries",
                columns: new[] { "ProviderId", "WorkedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssistanceAttachmentContents");

            migrationBuilder.DropTable(
                name: "AssistanceComments");

            migrationBuilder.DropTable(
                name: "AssistanceEvent");

            migrationBuilder.DropTable(
                name: "AssistanceSlaAlerts");

            migrationBuilder.DropTable(
                name: "TimeEntries");

            migrationBuilder.DropTable(
                name: "AssistanceAttachments");

            migrationBuilder.DropTable(
                name: "AssistanceRequests");

            migrationBuilder.DropTable(
                name: "AssistanceProviders");
        }
    }
}
