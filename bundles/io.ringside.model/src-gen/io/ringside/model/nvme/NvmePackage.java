/**
 */
package io.ringside.model.nvme;

import io.ringside.model.trace.TracePackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * NVMe controllers: submission and completion queues, doorbells, shadow doorbell and EventIdx buffers.
 * <!-- end-model-doc -->
 * @see io.ringside.model.nvme.NvmeFactory
 * @model kind="package"
 * @generated
 */
public interface NvmePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "nvme";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://ringside.io/model/nvme/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "nvme";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	NvmePackage eINSTANCE = io.ringside.model.nvme.impl.NvmePackageImpl.init();

	/**
	 * The meta object id for the '{@link io.ringside.model.nvme.impl.ControllerImpl <em>Controller</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.nvme.impl.ControllerImpl
	 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getController()
	 * @generated
	 */
	int CONTROLLER = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__ID = TracePackage.DEVICE__ID;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__TYPE = TracePackage.DEVICE__TYPE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__NAME = TracePackage.DEVICE__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__LABEL = TracePackage.DEVICE__LABEL;

	/**
	 * The feature id for the '<em><b>Queues</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__QUEUES = TracePackage.DEVICE__QUEUES;

	/**
	 * The feature id for the '<em><b>Dstrd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__DSTRD = TracePackage.DEVICE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Shadow Doorbells</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__SHADOW_DOORBELLS = TracePackage.DEVICE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Doorbells</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__DOORBELLS = TracePackage.DEVICE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Shadow Buffer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__SHADOW_BUFFER = TracePackage.DEVICE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Event Idx Buffer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER__EVENT_IDX_BUFFER = TracePackage.DEVICE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Controller</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_FEATURE_COUNT = TracePackage.DEVICE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Controller</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTROLLER_OPERATION_COUNT = TracePackage.DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.nvme.impl.QueuePairImpl <em>Queue Pair</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.nvme.impl.QueuePairImpl
	 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getQueuePair()
	 * @generated
	 */
	int QUEUE_PAIR = 1;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_PAIR__INDEX = TracePackage.QUEUE__INDEX;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_PAIR__SIZE = TracePackage.QUEUE__SIZE;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_PAIR__LAYOUT = TracePackage.QUEUE__LAYOUT;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_PAIR__LABEL = TracePackage.QUEUE__LABEL;

	/**
	 * The feature id for the '<em><b>Outstanding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_PAIR__OUTSTANDING = TracePackage.QUEUE__OUTSTANDING;

	/**
	 * The feature id for the '<em><b>Notifications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_PAIR__NOTIFICATIONS = TracePackage.QUEUE__NOTIFICATIONS;

	/**
	 * The feature id for the '<em><b>Interrupts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_PAIR__INTERRUPTS = TracePackage.QUEUE__INTERRUPTS;

	/**
	 * The feature id for the '<em><b>Requests</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_PAIR__REQUESTS = TracePackage.QUEUE__REQUESTS;

	/**
	 * The feature id for the '<em><b>Sq</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_PAIR__SQ = TracePackage.QUEUE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cq</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_PAIR__CQ = TracePackage.QUEUE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Queue Pair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_PAIR_FEATURE_COUNT = TracePackage.QUEUE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Queue Pair</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_PAIR_OPERATION_COUNT = TracePackage.QUEUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.nvme.impl.SubmissionQueueImpl <em>Submission Queue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.nvme.impl.SubmissionQueueImpl
	 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getSubmissionQueue()
	 * @generated
	 */
	int SUBMISSION_QUEUE = 2;

	/**
	 * The feature id for the '<em><b>Qid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__QID = 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__SIZE = 1;

	/**
	 * The feature id for the '<em><b>Cqid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__CQID = 2;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__ADDRESS = 3;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__CREATED = 4;

	/**
	 * The feature id for the '<em><b>Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__HEAD = 5;

	/**
	 * The feature id for the '<em><b>Host Tail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__HOST_TAIL = 6;

	/**
	 * The feature id for the '<em><b>Published Tail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__PUBLISHED_TAIL = 7;

	/**
	 * The feature id for the '<em><b>Controller Tail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__CONTROLLER_TAIL = 8;

	/**
	 * The feature id for the '<em><b>Doorbell</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__DOORBELL = 9;

	/**
	 * The feature id for the '<em><b>Pending</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__PENDING = 10;

	/**
	 * The feature id for the '<em><b>Commands</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__COMMANDS = 11;

	/**
	 * The feature id for the '<em><b>Mmio Doorbells</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__MMIO_DOORBELLS = 12;

	/**
	 * The feature id for the '<em><b>Skipped Doorbells</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__SKIPPED_DOORBELLS = 13;

	/**
	 * The feature id for the '<em><b>Shadow Updates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__SHADOW_UPDATES = 14;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__ENTRIES = 15;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE__LABEL = 16;

	/**
	 * The number of structural features of the '<em>Submission Queue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE_FEATURE_COUNT = 17;

	/**
	 * The number of operations of the '<em>Submission Queue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_QUEUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.nvme.impl.CompletionQueueImpl <em>Completion Queue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.nvme.impl.CompletionQueueImpl
	 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getCompletionQueue()
	 * @generated
	 */
	int COMPLETION_QUEUE = 3;

	/**
	 * The feature id for the '<em><b>Qid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__QID = 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__SIZE = 1;

	/**
	 * The feature id for the '<em><b>Vector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__VECTOR = 2;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__ADDRESS = 3;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__CREATED = 4;

	/**
	 * The feature id for the '<em><b>Tail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__TAIL = 5;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__PHASE = 6;

	/**
	 * The feature id for the '<em><b>Controller Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__CONTROLLER_HEAD = 7;

	/**
	 * The feature id for the '<em><b>Host Head</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__HOST_HEAD = 8;

	/**
	 * The feature id for the '<em><b>Host Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__HOST_PHASE = 9;

	/**
	 * The feature id for the '<em><b>Doorbell</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__DOORBELL = 10;

	/**
	 * The feature id for the '<em><b>Unconsumed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__UNCONSUMED = 11;

	/**
	 * The feature id for the '<em><b>Completions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__COMPLETIONS = 12;

	/**
	 * The feature id for the '<em><b>Mmio Doorbells</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__MMIO_DOORBELLS = 13;

	/**
	 * The feature id for the '<em><b>Skipped Doorbells</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__SKIPPED_DOORBELLS = 14;

	/**
	 * The feature id for the '<em><b>Interrupts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__INTERRUPTS = 15;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__ENTRIES = 16;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE__LABEL = 17;

	/**
	 * The number of structural features of the '<em>Completion Queue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Completion Queue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_QUEUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.nvme.impl.SubmissionEntryImpl <em>Submission Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.nvme.impl.SubmissionEntryImpl
	 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getSubmissionEntry()
	 * @generated
	 */
	int SUBMISSION_ENTRY = 4;

	/**
	 * The feature id for the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_ENTRY__SLOT = 0;

	/**
	 * The feature id for the '<em><b>Cid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_ENTRY__CID = 1;

	/**
	 * The feature id for the '<em><b>Opcode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_ENTRY__OPCODE = 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_ENTRY__STATE = 3;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_ENTRY__LABEL = 4;

	/**
	 * The number of structural features of the '<em>Submission Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_ENTRY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Submission Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBMISSION_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.nvme.impl.CompletionEntryImpl <em>Completion Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.nvme.impl.CompletionEntryImpl
	 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getCompletionEntry()
	 * @generated
	 */
	int COMPLETION_ENTRY = 5;

	/**
	 * The feature id for the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_ENTRY__SLOT = 0;

	/**
	 * The feature id for the '<em><b>Cid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_ENTRY__CID = 1;

	/**
	 * The feature id for the '<em><b>Sqid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_ENTRY__SQID = 2;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_ENTRY__PHASE = 3;

	/**
	 * The feature id for the '<em><b>Consumed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_ENTRY__CONSUMED = 4;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_ENTRY__LABEL = 5;

	/**
	 * The number of structural features of the '<em>Completion Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_ENTRY_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Completion Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLETION_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.nvme.impl.DoorbellRegisterImpl <em>Doorbell Register</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.nvme.impl.DoorbellRegisterImpl
	 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getDoorbellRegister()
	 * @generated
	 */
	int DOORBELL_REGISTER = 6;

	/**
	 * The feature id for the '<em><b>Qid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOORBELL_REGISTER__QID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOORBELL_REGISTER__KIND = 1;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOORBELL_REGISTER__OFFSET = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOORBELL_REGISTER__VALUE = 3;

	/**
	 * The feature id for the '<em><b>Writes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOORBELL_REGISTER__WRITES = 4;

	/**
	 * The feature id for the '<em><b>Skipped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOORBELL_REGISTER__SKIPPED = 5;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOORBELL_REGISTER__LABEL = 6;

	/**
	 * The number of structural features of the '<em>Doorbell Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOORBELL_REGISTER_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Doorbell Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOORBELL_REGISTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.nvme.impl.BufferValueImpl <em>Buffer Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.nvme.impl.BufferValueImpl
	 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getBufferValue()
	 * @generated
	 */
	int BUFFER_VALUE = 7;

	/**
	 * The feature id for the '<em><b>Qid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_VALUE__QID = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_VALUE__KIND = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_VALUE__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_VALUE__LABEL = 3;

	/**
	 * The number of structural features of the '<em>Buffer Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_VALUE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Buffer Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUFFER_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.nvme.impl.ShadowDoorbellBufferImpl <em>Shadow Doorbell Buffer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.nvme.impl.ShadowDoorbellBufferImpl
	 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getShadowDoorbellBuffer()
	 * @generated
	 */
	int SHADOW_DOORBELL_BUFFER = 8;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_DOORBELL_BUFFER__ADDRESS = 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_DOORBELL_BUFFER__ENABLED = 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_DOORBELL_BUFFER__VALUES = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_DOORBELL_BUFFER__LABEL = 3;

	/**
	 * The number of structural features of the '<em>Shadow Doorbell Buffer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_DOORBELL_BUFFER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Shadow Doorbell Buffer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHADOW_DOORBELL_BUFFER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.nvme.impl.EventIdxBufferImpl <em>Event Idx Buffer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.nvme.impl.EventIdxBufferImpl
	 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getEventIdxBuffer()
	 * @generated
	 */
	int EVENT_IDX_BUFFER = 9;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_IDX_BUFFER__ADDRESS = 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_IDX_BUFFER__ENABLED = 1;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_IDX_BUFFER__VALUES = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_IDX_BUFFER__LABEL = 3;

	/**
	 * The number of structural features of the '<em>Event Idx Buffer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_IDX_BUFFER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Event Idx Buffer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVENT_IDX_BUFFER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.nvme.SlotState <em>Slot State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.nvme.SlotState
	 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getSlotState()
	 * @generated
	 */
	int SLOT_STATE = 10;


	/**
	 * Returns the meta object for class '{@link io.ringside.model.nvme.Controller <em>Controller</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Controller</em>'.
	 * @see io.ringside.model.nvme.Controller
	 * @generated
	 */
	EClass getController();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.Controller#getDstrd <em>Dstrd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dstrd</em>'.
	 * @see io.ringside.model.nvme.Controller#getDstrd()
	 * @see #getController()
	 * @generated
	 */
	EAttribute getController_Dstrd();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.Controller#isShadowDoorbells <em>Shadow Doorbells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shadow Doorbells</em>'.
	 * @see io.ringside.model.nvme.Controller#isShadowDoorbells()
	 * @see #getController()
	 * @generated
	 */
	EAttribute getController_ShadowDoorbells();

	/**
	 * Returns the meta object for the containment reference list '{@link io.ringside.model.nvme.Controller#getDoorbells <em>Doorbells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Doorbells</em>'.
	 * @see io.ringside.model.nvme.Controller#getDoorbells()
	 * @see #getController()
	 * @generated
	 */
	EReference getController_Doorbells();

	/**
	 * Returns the meta object for the containment reference '{@link io.ringside.model.nvme.Controller#getShadowBuffer <em>Shadow Buffer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Shadow Buffer</em>'.
	 * @see io.ringside.model.nvme.Controller#getShadowBuffer()
	 * @see #getController()
	 * @generated
	 */
	EReference getController_ShadowBuffer();

	/**
	 * Returns the meta object for the containment reference '{@link io.ringside.model.nvme.Controller#getEventIdxBuffer <em>Event Idx Buffer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Event Idx Buffer</em>'.
	 * @see io.ringside.model.nvme.Controller#getEventIdxBuffer()
	 * @see #getController()
	 * @generated
	 */
	EReference getController_EventIdxBuffer();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.nvme.QueuePair <em>Queue Pair</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Queue Pair</em>'.
	 * @see io.ringside.model.nvme.QueuePair
	 * @generated
	 */
	EClass getQueuePair();

	/**
	 * Returns the meta object for the containment reference '{@link io.ringside.model.nvme.QueuePair#getSq <em>Sq</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Sq</em>'.
	 * @see io.ringside.model.nvme.QueuePair#getSq()
	 * @see #getQueuePair()
	 * @generated
	 */
	EReference getQueuePair_Sq();

	/**
	 * Returns the meta object for the containment reference '{@link io.ringside.model.nvme.QueuePair#getCq <em>Cq</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cq</em>'.
	 * @see io.ringside.model.nvme.QueuePair#getCq()
	 * @see #getQueuePair()
	 * @generated
	 */
	EReference getQueuePair_Cq();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.nvme.SubmissionQueue <em>Submission Queue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Submission Queue</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue
	 * @generated
	 */
	EClass getSubmissionQueue();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionQueue#getQid <em>Qid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qid</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#getQid()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EAttribute getSubmissionQueue_Qid();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionQueue#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#getSize()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EAttribute getSubmissionQueue_Size();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionQueue#getCqid <em>Cqid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cqid</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#getCqid()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EAttribute getSubmissionQueue_Cqid();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionQueue#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#getAddress()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EAttribute getSubmissionQueue_Address();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionQueue#isCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#isCreated()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EAttribute getSubmissionQueue_Created();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionQueue#getHead <em>Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Head</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#getHead()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EAttribute getSubmissionQueue_Head();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionQueue#getHostTail <em>Host Tail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Tail</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#getHostTail()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EAttribute getSubmissionQueue_HostTail();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionQueue#getPublishedTail <em>Published Tail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published Tail</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#getPublishedTail()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EAttribute getSubmissionQueue_PublishedTail();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionQueue#getControllerTail <em>Controller Tail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Controller Tail</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#getControllerTail()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EAttribute getSubmissionQueue_ControllerTail();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionQueue#getDoorbell <em>Doorbell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Doorbell</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#getDoorbell()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EAttribute getSubmissionQueue_Doorbell();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionQueue#getPending <em>Pending</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pending</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#getPending()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EAttribute getSubmissionQueue_Pending();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionQueue#getCommands <em>Commands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Commands</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#getCommands()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EAttribute getSubmissionQueue_Commands();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionQueue#getMmioDoorbells <em>Mmio Doorbells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mmio Doorbells</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#getMmioDoorbells()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EAttribute getSubmissionQueue_MmioDoorbells();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionQueue#getSkippedDoorbells <em>Skipped Doorbells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Skipped Doorbells</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#getSkippedDoorbells()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EAttribute getSubmissionQueue_SkippedDoorbells();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionQueue#getShadowUpdates <em>Shadow Updates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shadow Updates</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#getShadowUpdates()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EAttribute getSubmissionQueue_ShadowUpdates();

	/**
	 * Returns the meta object for the containment reference list '{@link io.ringside.model.nvme.SubmissionQueue#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#getEntries()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EReference getSubmissionQueue_Entries();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionQueue#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.nvme.SubmissionQueue#getLabel()
	 * @see #getSubmissionQueue()
	 * @generated
	 */
	EAttribute getSubmissionQueue_Label();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.nvme.CompletionQueue <em>Completion Queue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Completion Queue</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue
	 * @generated
	 */
	EClass getCompletionQueue();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#getQid <em>Qid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qid</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getQid()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_Qid();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getSize()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_Size();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#getVector <em>Vector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vector</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getVector()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_Vector();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getAddress()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_Address();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#isCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#isCreated()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_Created();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#getTail <em>Tail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tail</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getTail()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_Tail();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getPhase()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_Phase();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#getControllerHead <em>Controller Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Controller Head</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getControllerHead()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_ControllerHead();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#getHostHead <em>Host Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Head</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getHostHead()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_HostHead();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#getHostPhase <em>Host Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Host Phase</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getHostPhase()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_HostPhase();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#getDoorbell <em>Doorbell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Doorbell</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getDoorbell()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_Doorbell();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#getUnconsumed <em>Unconsumed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unconsumed</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getUnconsumed()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_Unconsumed();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#getCompletions <em>Completions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completions</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getCompletions()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_Completions();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#getMmioDoorbells <em>Mmio Doorbells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mmio Doorbells</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getMmioDoorbells()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_MmioDoorbells();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#getSkippedDoorbells <em>Skipped Doorbells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Skipped Doorbells</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getSkippedDoorbells()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_SkippedDoorbells();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#getInterrupts <em>Interrupts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interrupts</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getInterrupts()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_Interrupts();

	/**
	 * Returns the meta object for the containment reference list '{@link io.ringside.model.nvme.CompletionQueue#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getEntries()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EReference getCompletionQueue_Entries();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionQueue#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.nvme.CompletionQueue#getLabel()
	 * @see #getCompletionQueue()
	 * @generated
	 */
	EAttribute getCompletionQueue_Label();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.nvme.SubmissionEntry <em>Submission Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Submission Entry</em>'.
	 * @see io.ringside.model.nvme.SubmissionEntry
	 * @generated
	 */
	EClass getSubmissionEntry();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionEntry#getSlot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot</em>'.
	 * @see io.ringside.model.nvme.SubmissionEntry#getSlot()
	 * @see #getSubmissionEntry()
	 * @generated
	 */
	EAttribute getSubmissionEntry_Slot();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionEntry#getCid <em>Cid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cid</em>'.
	 * @see io.ringside.model.nvme.SubmissionEntry#getCid()
	 * @see #getSubmissionEntry()
	 * @generated
	 */
	EAttribute getSubmissionEntry_Cid();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionEntry#getOpcode <em>Opcode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opcode</em>'.
	 * @see io.ringside.model.nvme.SubmissionEntry#getOpcode()
	 * @see #getSubmissionEntry()
	 * @generated
	 */
	EAttribute getSubmissionEntry_Opcode();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionEntry#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see io.ringside.model.nvme.SubmissionEntry#getState()
	 * @see #getSubmissionEntry()
	 * @generated
	 */
	EAttribute getSubmissionEntry_State();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.SubmissionEntry#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.nvme.SubmissionEntry#getLabel()
	 * @see #getSubmissionEntry()
	 * @generated
	 */
	EAttribute getSubmissionEntry_Label();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.nvme.CompletionEntry <em>Completion Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Completion Entry</em>'.
	 * @see io.ringside.model.nvme.CompletionEntry
	 * @generated
	 */
	EClass getCompletionEntry();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionEntry#getSlot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot</em>'.
	 * @see io.ringside.model.nvme.CompletionEntry#getSlot()
	 * @see #getCompletionEntry()
	 * @generated
	 */
	EAttribute getCompletionEntry_Slot();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionEntry#getCid <em>Cid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cid</em>'.
	 * @see io.ringside.model.nvme.CompletionEntry#getCid()
	 * @see #getCompletionEntry()
	 * @generated
	 */
	EAttribute getCompletionEntry_Cid();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionEntry#getSqid <em>Sqid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sqid</em>'.
	 * @see io.ringside.model.nvme.CompletionEntry#getSqid()
	 * @see #getCompletionEntry()
	 * @generated
	 */
	EAttribute getCompletionEntry_Sqid();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionEntry#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see io.ringside.model.nvme.CompletionEntry#getPhase()
	 * @see #getCompletionEntry()
	 * @generated
	 */
	EAttribute getCompletionEntry_Phase();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionEntry#isConsumed <em>Consumed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consumed</em>'.
	 * @see io.ringside.model.nvme.CompletionEntry#isConsumed()
	 * @see #getCompletionEntry()
	 * @generated
	 */
	EAttribute getCompletionEntry_Consumed();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.CompletionEntry#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.nvme.CompletionEntry#getLabel()
	 * @see #getCompletionEntry()
	 * @generated
	 */
	EAttribute getCompletionEntry_Label();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.nvme.DoorbellRegister <em>Doorbell Register</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Doorbell Register</em>'.
	 * @see io.ringside.model.nvme.DoorbellRegister
	 * @generated
	 */
	EClass getDoorbellRegister();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.DoorbellRegister#getQid <em>Qid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qid</em>'.
	 * @see io.ringside.model.nvme.DoorbellRegister#getQid()
	 * @see #getDoorbellRegister()
	 * @generated
	 */
	EAttribute getDoorbellRegister_Qid();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.DoorbellRegister#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.ringside.model.nvme.DoorbellRegister#getKind()
	 * @see #getDoorbellRegister()
	 * @generated
	 */
	EAttribute getDoorbellRegister_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.DoorbellRegister#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see io.ringside.model.nvme.DoorbellRegister#getOffset()
	 * @see #getDoorbellRegister()
	 * @generated
	 */
	EAttribute getDoorbellRegister_Offset();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.DoorbellRegister#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.ringside.model.nvme.DoorbellRegister#getValue()
	 * @see #getDoorbellRegister()
	 * @generated
	 */
	EAttribute getDoorbellRegister_Value();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.DoorbellRegister#getWrites <em>Writes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Writes</em>'.
	 * @see io.ringside.model.nvme.DoorbellRegister#getWrites()
	 * @see #getDoorbellRegister()
	 * @generated
	 */
	EAttribute getDoorbellRegister_Writes();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.DoorbellRegister#getSkipped <em>Skipped</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Skipped</em>'.
	 * @see io.ringside.model.nvme.DoorbellRegister#getSkipped()
	 * @see #getDoorbellRegister()
	 * @generated
	 */
	EAttribute getDoorbellRegister_Skipped();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.DoorbellRegister#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.nvme.DoorbellRegister#getLabel()
	 * @see #getDoorbellRegister()
	 * @generated
	 */
	EAttribute getDoorbellRegister_Label();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.nvme.BufferValue <em>Buffer Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Buffer Value</em>'.
	 * @see io.ringside.model.nvme.BufferValue
	 * @generated
	 */
	EClass getBufferValue();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.BufferValue#getQid <em>Qid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qid</em>'.
	 * @see io.ringside.model.nvme.BufferValue#getQid()
	 * @see #getBufferValue()
	 * @generated
	 */
	EAttribute getBufferValue_Qid();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.BufferValue#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.ringside.model.nvme.BufferValue#getKind()
	 * @see #getBufferValue()
	 * @generated
	 */
	EAttribute getBufferValue_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.BufferValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.ringside.model.nvme.BufferValue#getValue()
	 * @see #getBufferValue()
	 * @generated
	 */
	EAttribute getBufferValue_Value();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.BufferValue#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.nvme.BufferValue#getLabel()
	 * @see #getBufferValue()
	 * @generated
	 */
	EAttribute getBufferValue_Label();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.nvme.ShadowDoorbellBuffer <em>Shadow Doorbell Buffer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shadow Doorbell Buffer</em>'.
	 * @see io.ringside.model.nvme.ShadowDoorbellBuffer
	 * @generated
	 */
	EClass getShadowDoorbellBuffer();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.ShadowDoorbellBuffer#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see io.ringside.model.nvme.ShadowDoorbellBuffer#getAddress()
	 * @see #getShadowDoorbellBuffer()
	 * @generated
	 */
	EAttribute getShadowDoorbellBuffer_Address();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.ShadowDoorbellBuffer#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see io.ringside.model.nvme.ShadowDoorbellBuffer#isEnabled()
	 * @see #getShadowDoorbellBuffer()
	 * @generated
	 */
	EAttribute getShadowDoorbellBuffer_Enabled();

	/**
	 * Returns the meta object for the containment reference list '{@link io.ringside.model.nvme.ShadowDoorbellBuffer#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see io.ringside.model.nvme.ShadowDoorbellBuffer#getValues()
	 * @see #getShadowDoorbellBuffer()
	 * @generated
	 */
	EReference getShadowDoorbellBuffer_Values();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.ShadowDoorbellBuffer#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.nvme.ShadowDoorbellBuffer#getLabel()
	 * @see #getShadowDoorbellBuffer()
	 * @generated
	 */
	EAttribute getShadowDoorbellBuffer_Label();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.nvme.EventIdxBuffer <em>Event Idx Buffer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Event Idx Buffer</em>'.
	 * @see io.ringside.model.nvme.EventIdxBuffer
	 * @generated
	 */
	EClass getEventIdxBuffer();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.EventIdxBuffer#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see io.ringside.model.nvme.EventIdxBuffer#getAddress()
	 * @see #getEventIdxBuffer()
	 * @generated
	 */
	EAttribute getEventIdxBuffer_Address();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.EventIdxBuffer#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see io.ringside.model.nvme.EventIdxBuffer#isEnabled()
	 * @see #getEventIdxBuffer()
	 * @generated
	 */
	EAttribute getEventIdxBuffer_Enabled();

	/**
	 * Returns the meta object for the containment reference list '{@link io.ringside.model.nvme.EventIdxBuffer#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see io.ringside.model.nvme.EventIdxBuffer#getValues()
	 * @see #getEventIdxBuffer()
	 * @generated
	 */
	EReference getEventIdxBuffer_Values();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.nvme.EventIdxBuffer#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.nvme.EventIdxBuffer#getLabel()
	 * @see #getEventIdxBuffer()
	 * @generated
	 */
	EAttribute getEventIdxBuffer_Label();

	/**
	 * Returns the meta object for enum '{@link io.ringside.model.nvme.SlotState <em>Slot State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Slot State</em>'.
	 * @see io.ringside.model.nvme.SlotState
	 * @generated
	 */
	EEnum getSlotState();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	NvmeFactory getNvmeFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.ringside.model.nvme.impl.ControllerImpl <em>Controller</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.nvme.impl.ControllerImpl
		 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getController()
		 * @generated
		 */
		EClass CONTROLLER = eINSTANCE.getController();

		/**
		 * The meta object literal for the '<em><b>Dstrd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROLLER__DSTRD = eINSTANCE.getController_Dstrd();

		/**
		 * The meta object literal for the '<em><b>Shadow Doorbells</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTROLLER__SHADOW_DOORBELLS = eINSTANCE.getController_ShadowDoorbells();

		/**
		 * The meta object literal for the '<em><b>Doorbells</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROLLER__DOORBELLS = eINSTANCE.getController_Doorbells();

		/**
		 * The meta object literal for the '<em><b>Shadow Buffer</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROLLER__SHADOW_BUFFER = eINSTANCE.getController_ShadowBuffer();

		/**
		 * The meta object literal for the '<em><b>Event Idx Buffer</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTROLLER__EVENT_IDX_BUFFER = eINSTANCE.getController_EventIdxBuffer();

		/**
		 * The meta object literal for the '{@link io.ringside.model.nvme.impl.QueuePairImpl <em>Queue Pair</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.nvme.impl.QueuePairImpl
		 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getQueuePair()
		 * @generated
		 */
		EClass QUEUE_PAIR = eINSTANCE.getQueuePair();

		/**
		 * The meta object literal for the '<em><b>Sq</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUEUE_PAIR__SQ = eINSTANCE.getQueuePair_Sq();

		/**
		 * The meta object literal for the '<em><b>Cq</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUEUE_PAIR__CQ = eINSTANCE.getQueuePair_Cq();

		/**
		 * The meta object literal for the '{@link io.ringside.model.nvme.impl.SubmissionQueueImpl <em>Submission Queue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.nvme.impl.SubmissionQueueImpl
		 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getSubmissionQueue()
		 * @generated
		 */
		EClass SUBMISSION_QUEUE = eINSTANCE.getSubmissionQueue();

		/**
		 * The meta object literal for the '<em><b>Qid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_QUEUE__QID = eINSTANCE.getSubmissionQueue_Qid();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_QUEUE__SIZE = eINSTANCE.getSubmissionQueue_Size();

		/**
		 * The meta object literal for the '<em><b>Cqid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_QUEUE__CQID = eINSTANCE.getSubmissionQueue_Cqid();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_QUEUE__ADDRESS = eINSTANCE.getSubmissionQueue_Address();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_QUEUE__CREATED = eINSTANCE.getSubmissionQueue_Created();

		/**
		 * The meta object literal for the '<em><b>Head</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_QUEUE__HEAD = eINSTANCE.getSubmissionQueue_Head();

		/**
		 * The meta object literal for the '<em><b>Host Tail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_QUEUE__HOST_TAIL = eINSTANCE.getSubmissionQueue_HostTail();

		/**
		 * The meta object literal for the '<em><b>Published Tail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_QUEUE__PUBLISHED_TAIL = eINSTANCE.getSubmissionQueue_PublishedTail();

		/**
		 * The meta object literal for the '<em><b>Controller Tail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_QUEUE__CONTROLLER_TAIL = eINSTANCE.getSubmissionQueue_ControllerTail();

		/**
		 * The meta object literal for the '<em><b>Doorbell</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_QUEUE__DOORBELL = eINSTANCE.getSubmissionQueue_Doorbell();

		/**
		 * The meta object literal for the '<em><b>Pending</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_QUEUE__PENDING = eINSTANCE.getSubmissionQueue_Pending();

		/**
		 * The meta object literal for the '<em><b>Commands</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_QUEUE__COMMANDS = eINSTANCE.getSubmissionQueue_Commands();

		/**
		 * The meta object literal for the '<em><b>Mmio Doorbells</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_QUEUE__MMIO_DOORBELLS = eINSTANCE.getSubmissionQueue_MmioDoorbells();

		/**
		 * The meta object literal for the '<em><b>Skipped Doorbells</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_QUEUE__SKIPPED_DOORBELLS = eINSTANCE.getSubmissionQueue_SkippedDoorbells();

		/**
		 * The meta object literal for the '<em><b>Shadow Updates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_QUEUE__SHADOW_UPDATES = eINSTANCE.getSubmissionQueue_ShadowUpdates();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUBMISSION_QUEUE__ENTRIES = eINSTANCE.getSubmissionQueue_Entries();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_QUEUE__LABEL = eINSTANCE.getSubmissionQueue_Label();

		/**
		 * The meta object literal for the '{@link io.ringside.model.nvme.impl.CompletionQueueImpl <em>Completion Queue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.nvme.impl.CompletionQueueImpl
		 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getCompletionQueue()
		 * @generated
		 */
		EClass COMPLETION_QUEUE = eINSTANCE.getCompletionQueue();

		/**
		 * The meta object literal for the '<em><b>Qid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__QID = eINSTANCE.getCompletionQueue_Qid();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__SIZE = eINSTANCE.getCompletionQueue_Size();

		/**
		 * The meta object literal for the '<em><b>Vector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__VECTOR = eINSTANCE.getCompletionQueue_Vector();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__ADDRESS = eINSTANCE.getCompletionQueue_Address();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__CREATED = eINSTANCE.getCompletionQueue_Created();

		/**
		 * The meta object literal for the '<em><b>Tail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__TAIL = eINSTANCE.getCompletionQueue_Tail();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__PHASE = eINSTANCE.getCompletionQueue_Phase();

		/**
		 * The meta object literal for the '<em><b>Controller Head</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__CONTROLLER_HEAD = eINSTANCE.getCompletionQueue_ControllerHead();

		/**
		 * The meta object literal for the '<em><b>Host Head</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__HOST_HEAD = eINSTANCE.getCompletionQueue_HostHead();

		/**
		 * The meta object literal for the '<em><b>Host Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__HOST_PHASE = eINSTANCE.getCompletionQueue_HostPhase();

		/**
		 * The meta object literal for the '<em><b>Doorbell</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__DOORBELL = eINSTANCE.getCompletionQueue_Doorbell();

		/**
		 * The meta object literal for the '<em><b>Unconsumed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__UNCONSUMED = eINSTANCE.getCompletionQueue_Unconsumed();

		/**
		 * The meta object literal for the '<em><b>Completions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__COMPLETIONS = eINSTANCE.getCompletionQueue_Completions();

		/**
		 * The meta object literal for the '<em><b>Mmio Doorbells</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__MMIO_DOORBELLS = eINSTANCE.getCompletionQueue_MmioDoorbells();

		/**
		 * The meta object literal for the '<em><b>Skipped Doorbells</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__SKIPPED_DOORBELLS = eINSTANCE.getCompletionQueue_SkippedDoorbells();

		/**
		 * The meta object literal for the '<em><b>Interrupts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__INTERRUPTS = eINSTANCE.getCompletionQueue_Interrupts();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMPLETION_QUEUE__ENTRIES = eINSTANCE.getCompletionQueue_Entries();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_QUEUE__LABEL = eINSTANCE.getCompletionQueue_Label();

		/**
		 * The meta object literal for the '{@link io.ringside.model.nvme.impl.SubmissionEntryImpl <em>Submission Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.nvme.impl.SubmissionEntryImpl
		 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getSubmissionEntry()
		 * @generated
		 */
		EClass SUBMISSION_ENTRY = eINSTANCE.getSubmissionEntry();

		/**
		 * The meta object literal for the '<em><b>Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_ENTRY__SLOT = eINSTANCE.getSubmissionEntry_Slot();

		/**
		 * The meta object literal for the '<em><b>Cid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_ENTRY__CID = eINSTANCE.getSubmissionEntry_Cid();

		/**
		 * The meta object literal for the '<em><b>Opcode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_ENTRY__OPCODE = eINSTANCE.getSubmissionEntry_Opcode();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_ENTRY__STATE = eINSTANCE.getSubmissionEntry_State();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBMISSION_ENTRY__LABEL = eINSTANCE.getSubmissionEntry_Label();

		/**
		 * The meta object literal for the '{@link io.ringside.model.nvme.impl.CompletionEntryImpl <em>Completion Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.nvme.impl.CompletionEntryImpl
		 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getCompletionEntry()
		 * @generated
		 */
		EClass COMPLETION_ENTRY = eINSTANCE.getCompletionEntry();

		/**
		 * The meta object literal for the '<em><b>Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_ENTRY__SLOT = eINSTANCE.getCompletionEntry_Slot();

		/**
		 * The meta object literal for the '<em><b>Cid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_ENTRY__CID = eINSTANCE.getCompletionEntry_Cid();

		/**
		 * The meta object literal for the '<em><b>Sqid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_ENTRY__SQID = eINSTANCE.getCompletionEntry_Sqid();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_ENTRY__PHASE = eINSTANCE.getCompletionEntry_Phase();

		/**
		 * The meta object literal for the '<em><b>Consumed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_ENTRY__CONSUMED = eINSTANCE.getCompletionEntry_Consumed();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLETION_ENTRY__LABEL = eINSTANCE.getCompletionEntry_Label();

		/**
		 * The meta object literal for the '{@link io.ringside.model.nvme.impl.DoorbellRegisterImpl <em>Doorbell Register</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.nvme.impl.DoorbellRegisterImpl
		 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getDoorbellRegister()
		 * @generated
		 */
		EClass DOORBELL_REGISTER = eINSTANCE.getDoorbellRegister();

		/**
		 * The meta object literal for the '<em><b>Qid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOORBELL_REGISTER__QID = eINSTANCE.getDoorbellRegister_Qid();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOORBELL_REGISTER__KIND = eINSTANCE.getDoorbellRegister_Kind();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOORBELL_REGISTER__OFFSET = eINSTANCE.getDoorbellRegister_Offset();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOORBELL_REGISTER__VALUE = eINSTANCE.getDoorbellRegister_Value();

		/**
		 * The meta object literal for the '<em><b>Writes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOORBELL_REGISTER__WRITES = eINSTANCE.getDoorbellRegister_Writes();

		/**
		 * The meta object literal for the '<em><b>Skipped</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOORBELL_REGISTER__SKIPPED = eINSTANCE.getDoorbellRegister_Skipped();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOORBELL_REGISTER__LABEL = eINSTANCE.getDoorbellRegister_Label();

		/**
		 * The meta object literal for the '{@link io.ringside.model.nvme.impl.BufferValueImpl <em>Buffer Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.nvme.impl.BufferValueImpl
		 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getBufferValue()
		 * @generated
		 */
		EClass BUFFER_VALUE = eINSTANCE.getBufferValue();

		/**
		 * The meta object literal for the '<em><b>Qid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFER_VALUE__QID = eINSTANCE.getBufferValue_Qid();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFER_VALUE__KIND = eINSTANCE.getBufferValue_Kind();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFER_VALUE__VALUE = eINSTANCE.getBufferValue_Value();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUFFER_VALUE__LABEL = eINSTANCE.getBufferValue_Label();

		/**
		 * The meta object literal for the '{@link io.ringside.model.nvme.impl.ShadowDoorbellBufferImpl <em>Shadow Doorbell Buffer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.nvme.impl.ShadowDoorbellBufferImpl
		 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getShadowDoorbellBuffer()
		 * @generated
		 */
		EClass SHADOW_DOORBELL_BUFFER = eINSTANCE.getShadowDoorbellBuffer();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHADOW_DOORBELL_BUFFER__ADDRESS = eINSTANCE.getShadowDoorbellBuffer_Address();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHADOW_DOORBELL_BUFFER__ENABLED = eINSTANCE.getShadowDoorbellBuffer_Enabled();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHADOW_DOORBELL_BUFFER__VALUES = eINSTANCE.getShadowDoorbellBuffer_Values();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHADOW_DOORBELL_BUFFER__LABEL = eINSTANCE.getShadowDoorbellBuffer_Label();

		/**
		 * The meta object literal for the '{@link io.ringside.model.nvme.impl.EventIdxBufferImpl <em>Event Idx Buffer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.nvme.impl.EventIdxBufferImpl
		 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getEventIdxBuffer()
		 * @generated
		 */
		EClass EVENT_IDX_BUFFER = eINSTANCE.getEventIdxBuffer();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_IDX_BUFFER__ADDRESS = eINSTANCE.getEventIdxBuffer_Address();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_IDX_BUFFER__ENABLED = eINSTANCE.getEventIdxBuffer_Enabled();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVENT_IDX_BUFFER__VALUES = eINSTANCE.getEventIdxBuffer_Values();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVENT_IDX_BUFFER__LABEL = eINSTANCE.getEventIdxBuffer_Label();

		/**
		 * The meta object literal for the '{@link io.ringside.model.nvme.SlotState <em>Slot State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.nvme.SlotState
		 * @see io.ringside.model.nvme.impl.NvmePackageImpl#getSlotState()
		 * @generated
		 */
		EEnum SLOT_STATE = eINSTANCE.getSlotState();

	}

} //NvmePackage
