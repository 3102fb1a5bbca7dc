using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAlliance.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddGroupBenefits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Invoices_CooperativeId_PolicyId_PeriodKey",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_InvoiceRuns_PeriodKey",
                table: "InvoiceRuns");

            migrationBuilder.AlterColumn<int>(
                name: "PolicyId",
                table: "Invoices",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Invoices",
                type: "int",
                nullable: false,
                defaultValue: 1); // existing rows are dues

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "InvoiceRuns",
                type: "int",
                nullable: false,
                defaultValue: 1); // existing rows are dues

            migrationBuilder.CreateTable(
                name: "BenefitMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CooperativeId = table.Column<int>(type: "int", nullable: false),
                    PersonId = table.Column<int>(type: "int", nullable: true),
                    FirstName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    HoursPerWeek = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    HiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    State = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    Gender = table.Column<string>(type: "nvarchar(1)", nullable: true),
                    BirthDateSealed = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    TaxpayerIdSealed = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    TaxpayerIdLast4 = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: true),
                    LeftRosterOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenefitMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BenefitMembers_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BenefitMembers_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Carriers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    X12ReceiverId = table.Column<string>(type: "nvarchar(15)", maxLength: 15, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    BillMappingJson = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Carriers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Dependents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MemberId = table.Column<int>(type: "int", nullable: false),
                    FirstName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Relationship = table.Column<int>(type: "int", nullable: false),
                    BirthDateSealed = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Gender = table.Column<string>(type: "nvarchar(1)", nullable: true),
                    RemovedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dependents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Dependents_BenefitMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "BenefitMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LifeEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CooperativeId = table.Column<int>(type: "int", nullable: false),
                    MemberId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    HappenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ReportedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    DecidedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LifeEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LifeEvents_BenefitMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "BenefitMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CarrierBillUploads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CarrierId = table.Column<int>(type: "int", nullable: false),
                    PeriodKey = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    Data = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    UploadedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ExpectedTotal = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    BilledTotal = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Matched = table.Column<int>(type: "int", nullable: false),
                    Discrepancies = table.Column<int>(type: "int", nullable: false),
                    RowProblems = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CarrierBillUploads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CarrierBillUploads_Carriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "Carriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnrollmentExports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CarrierId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CreatedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Members = table.Column<int>(type: "int", nullable: false),
                    Subscribers = table.Column<int>(type: "int", nullable: false),
                    Segments = table.Column<int>(type: "int", nullable: false),
                    Changes = table.Column<int>(type: "int", nullable: false),
                    DecidedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DecisionNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnrollmentExports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnrollmentExports_Carriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "Carriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    CarrierId = table.Column<int>(type: "int", nullable: false),
                    PlanCode = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Rules = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    LifeEventDays = table.Column<int>(type: "int", nullable: false),
                    ContributionRule = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_Carriers_CarrierId",
                        column: x => x.CarrierId,
                        principalTable: "Carriers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LifeEventAttachments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LifeEventId = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Data = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    UploadedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LifeEventAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LifeEventAttachments_LifeEvents_LifeEventId",
                        column: x => x.LifeEventId,
                        principalTable: "LifeEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EnrollmentExportFiles",
                columns: table => new
                {
                    ExportId = table.Column<int>(type: "int", nullable: false),
                    Gzip = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnrollmentExportFiles", x => x.ExportId);
                    table.ForeignKey(
                        name: "FK_EnrollmentExportFiles_EnrollmentExports_ExportId",
                        column: x => x.ExportId,
                        principalTable: "EnrollmentExports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EnrollmentOpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EnrollmentClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    WindowOpenedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WindowClosedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Rates = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanYears_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CoopParticipations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CooperativeId = table.Column<int>(type: "int", nullable: false),
                    PlanYearId = table.Column<int>(type: "int", nullable: false),
                    ContributionKind = table.Column<int>(type: "int", nullable: false),
                    Percent = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: true),
                    FixedAmounts = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    GroupNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    RequestedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DecidedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecisionNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoopParticipations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoopParticipations_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoopParticipations_PlanYears_PlanYearId",
                        column: x => x.PlanYearId,
                        principalTable: "PlanYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoverageTerminations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CooperativeId = table.Column<int>(type: "int", nullable: false),
                    MemberId = table.Column<int>(type: "int", nullable: false),
                    PlanYearId = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<int>(type: "int", nullable: false),
                    LastCoveredDay = table.Column<DateOnly>(type: "date", nullable: false),
                    DetectedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    NoticeSentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    CancelledByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverageTerminations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoverageTerminations_BenefitMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "BenefitMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoverageTerminations_PlanYears_PlanYearId",
                        column: x => x.PlanYearId,
                        principalTable: "PlanYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Elections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CooperativeId = table.Column<int>(type: "int", nullable: false),
                    PlanYearId = table.Column<int>(type: "int", nullable: false),
                    MemberId = table.Column<int>(type: "int", nullable: false),
                    Choice = table.Column<int>(type: "int", nullable: false),
                    Tier = table.Column<int>(type: "int", nullable: true),
                    DependentIds = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    WaiveReason = table.Column<int>(type: "int", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<int>(type: "int", nullable: false),
                    LifeEventId = table.Column<int>(type: "int", nullable: true),
                    RecordedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ExportId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Elections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Elections_BenefitMembers_MemberId",
                        column: x => x.MemberId,
                        principalTable: "BenefitMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Elections_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Elections_EnrollmentExports_ExportId",
                        column: x => x.ExportId,
                        principalTable: "EnrollmentExports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Elections_LifeEvents_LifeEventId",
                        column: x => x.LifeEventId,
                        principalTable: "LifeEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Elections_PlanYears_PlanYearId",
                        column: x => x.PlanYearId,
                        principalTable: "PlanYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnrollmentReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanYearId = table.Column<int>(type: "int", nullable: false),
                    CooperativeId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    WorkersMissing = table.Column<int>(type: "int", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnrollmentReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnrollmentReminders_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnrollmentReminders_PlanYears_PlanYearId",
                        column: x => x.PlanYearId,
                        principalTable: "PlanYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_CooperativeId_Kind_PeriodKey",
                table: "Invoices",
                columns: new[] { "CooperativeId", "Kind", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceRuns_Kind_PeriodKey",
                table: "InvoiceRuns",
                columns: new[] { "Kind", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BenefitMembers_CooperativeId_LastName",
                table: "BenefitMembers",
                columns: new[] { "CooperativeId", "LastName" });

            migrationBuilder.CreateIndex(
                name: "IX_BenefitMembers_PersonId",
                table: "BenefitMembers",
                column: "PersonId",
                unique: true,
                filter: "[PersonId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CarrierBillUploads_CarrierId_PeriodKey",
                table: "CarrierBillUploads",
                columns: new[] { "CarrierId", "PeriodKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Carriers_Name",
                table: "Carriers",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoopParticipations_CooperativeId_PlanYearId",
                table: "CoopParticipations",
                columns: new[] { "CooperativeId", "PlanYearId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoopParticipations_PlanYearId",
                table: "CoopParticipations",
                column: "PlanYearId");

            migrationBuilder.CreateIndex(
                name: "IX_CoverageTerminations_MemberId_PlanYearId_LastCoveredDay",
                table: "CoverageTerminations",
                columns: new[] { "MemberId", "PlanYearId", "LastCoveredDay" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoverageTerminations_PlanYearId",
                table: "CoverageTerminations",
                column: "PlanYearId");

            migrationBuilder.CreateIndex(
                name: "IX_CoverageTerminations_Status_LastCoveredDay",
                table: "CoverageTerminations",
                columns: new[] { "Status", "LastCoveredDay" });

            migrationBuilder.CreateIndex(
                name: "IX_Dependents_MemberId",
                table: "Dependents",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Elections_CooperativeId",
                table: "Elections",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_Elections_ExportId",
                table: "Elections",
                column: "ExportId");

            migrationBuilder.CreateIndex(
                name: "IX_Elections_LifeEventId",
                table: "Elections",
                column: "LifeEventId");

            migrationBuilder.CreateIndex(
                name: "IX_Elections_MemberId_PlanYearId",
                table: "Elections",
                columns: new[] { "MemberId", "PlanYearId" });

            migrationBuilder.CreateIndex(
                name: "IX_Elections_PlanYearId_CooperativeId",
                table: "Elections",
                columns: new[] { "PlanYearId", "CooperativeId" });

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentExports_CarrierId_CreatedAt",
                table: "EnrollmentExports",
                columns: new[] { "CarrierId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentReminders_CooperativeId",
                table: "EnrollmentReminders",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_EnrollmentReminders_PlanYearId_CooperativeId_Kind",
                table: "EnrollmentReminders",
                columns: new[] { "PlanYearId", "CooperativeId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LifeEventAttachments_LifeEventId",
                table: "LifeEventAttachments",
                column: "LifeEventId");

            migrationBuilder.CreateIndex(
                name: "IX_LifeEvents_CooperativeId",
                table: "LifeEvents",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_LifeEvents_MemberId",
                table: "LifeEvents",
                column: "MemberId");

            migrationBuilder.CreateIndex(
                name: "IX_LifeEvents_Status_ReportedOn",
                table: "LifeEvents",
                columns: new[] { "Status", "ReportedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_CarrierId",
                table: "Plans",
                column: "CarrierId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Name",
                table: "Plans",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanYears_PlanId_StartsOn",
                table: "PlanYears",
                columns: new[] { "PlanId", "StartsOn" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CarrierBillUploads");

            migrationBuilder.DropTable(
                name: "CoopParticipations");

            migrationBuilder.DropTable(
                name: "CoverageTerminations");

            migrationBuilder.DropTable(
                name: "Dependents");

            migrationBuilder.DropTable(
                name: "Elections");

            migrationBuilder.DropTable(
                name: "EnrollmentExportFiles");

            migrationBuilder.DropTable(
                name: "EnrollmentReminders");

            migrationBuilder.DropTable(
                name: "LifeEventAttachments");

            migrationBuilder.DropTable(
                name: "EnrollmentExports");

            migrationBuilder.DropTable(
                name: "PlanYears");

            migrationBuilder.DropTable(
                name: "LifeEvents");

            migrationBuilder.DropTable(
                name: "Plans");

            migrationBuilder.DropTable(
                name: "BenefitMembers");

            migrationBuilder.DropTable(
                name: "Carriers");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_CooperativeId_Kind_PeriodKey",
                table: "Invoices");

            migrationBuilder.DropIndex(
                name: "IX_InvoiceRuns_Kind_PeriodKey",
                table: "InvoiceRuns");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "InvoiceRuns");

            migrationBuilder.AlterColumn<int>(
                name: "PolicyId",
                table: "Invoices",
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_CooperativeId_PolicyId_PeriodKey",
                table: "Invoices",
                columns: new[] { "CooperativeId", "PolicyId", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceRuns_PeriodKey",
                table: "InvoiceRuns",
                column: "PeriodKey",
                unique: true);
        }
    }
}
