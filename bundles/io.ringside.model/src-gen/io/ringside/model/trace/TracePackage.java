/**
 */
package io.ringside.model.trace;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
 * The trace at the cursor: devices, queues, the cursor and the violations found.
 * <!-- end-model-doc -->
 * @see io.ringside.model.trace.TraceFactory
 * @model kind="package"
 * @generated
 */
public interface TracePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "trace";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://ringside.io/model/trace/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "trace";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TracePackage eINSTANCE = io.ringside.model.trace.impl.TracePackageImpl.init();

	/**
	 * The meta object id for the '{@link io.ringside.model.trace.impl.TraceImpl <em>Trace</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.trace.impl.TraceImpl
	 * @see io.ringside.model.trace.impl.TracePackageImpl#getTrace()
	 * @generated
	 */
	int TRACE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__PATH = 1;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__FORMAT = 2;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__LEVEL = 3;

	/**
	 * The feature id for the '<em><b>Producer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__PRODUCER = 4;

	/**
	 * The feature id for the '<em><b>Event Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__EVENT_COUNT = 5;

	/**
	 * The feature id for the '<em><b>Violation Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__VIOLATION_COUNT = 6;

	/**
	 * The feature id for the '<em><b>Cursor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__CURSOR = 7;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__DEVICES = 8;

	/**
	 * The feature id for the '<em><b>Violations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE__VIOLATIONS = 9;

	/**
	 * The number of structural features of the '<em>Trace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Trace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.trace.impl.CursorImpl <em>Cursor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.trace.impl.CursorImpl
	 * @see io.ringside.model.trace.impl.TracePackageImpl#getCursor()
	 * @generated
	 */
	int CURSOR = 1;

	/**
	 * The feature id for the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURSOR__EVENT = 0;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURSOR__TIME = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURSOR__KIND = 2;

	/**
	 * The feature id for the '<em><b>Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURSOR__DEVICE_ID = 3;

	/**
	 * The feature id for the '<em><b>Queue Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURSOR__QUEUE_INDEX = 4;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURSOR__TEXT = 5;

	/**
	 * The number of structural features of the '<em>Cursor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURSOR_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Cursor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURSOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.trace.impl.DeviceImpl <em>Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.trace.impl.DeviceImpl
	 * @see io.ringside.model.trace.impl.TracePackageImpl#getDevice()
	 * @generated
	 */
	int DEVICE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__ID = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NAME = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__LABEL = 3;

	/**
	 * The feature id for the '<em><b>Queues</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__QUEUES = 4;

	/**
	 * The number of structural features of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.trace.impl.QueueImpl <em>Queue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.trace.impl.QueueImpl
	 * @see io.ringside.model.trace.impl.TracePackageImpl#getQueue()
	 * @generated
	 */
	int QUEUE = 3;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE__SIZE = 1;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE__LAYOUT = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE__LABEL = 3;

	/**
	 * The feature id for the '<em><b>Outstanding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE__OUTSTANDING = 4;

	/**
	 * The feature id for the '<em><b>Notifications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE__NOTIFICATIONS = 5;

	/**
	 * The feature id for the '<em><b>Interrupts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE__INTERRUPTS = 6;

	/**
	 * The feature id for the '<em><b>Requests</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE__REQUESTS = 7;

	/**
	 * The number of structural features of the '<em>Queue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Queue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUEUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.trace.impl.ViolationImpl <em>Violation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.trace.impl.ViolationImpl
	 * @see io.ringside.model.trace.impl.TracePackageImpl#getViolation()
	 * @generated
	 */
	int VIOLATION = 4;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__RULE_ID = 0;

	/**
	 * The feature id for the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__SECTION = 1;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__SEVERITY = 2;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__MESSAGE = 3;

	/**
	 * The feature id for the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__EVENT = 4;

	/**
	 * The feature id for the '<em><b>Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__DEVICE_ID = 5;

	/**
	 * The feature id for the '<em><b>Queue Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__QUEUE_INDEX = 6;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION__LABEL = 7;

	/**
	 * The number of structural features of the '<em>Violation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Violation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIOLATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.trace.impl.GenericDeviceImpl <em>Generic Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.trace.impl.GenericDeviceImpl
	 * @see io.ringside.model.trace.impl.TracePackageImpl#getGenericDevice()
	 * @generated
	 */
	int GENERIC_DEVICE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DEVICE__ID = DEVICE__ID;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DEVICE__TYPE = DEVICE__TYPE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DEVICE__NAME = DEVICE__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DEVICE__LABEL = DEVICE__LABEL;

	/**
	 * The feature id for the '<em><b>Queues</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DEVICE__QUEUES = DEVICE__QUEUES;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DEVICE__ENTRIES = DEVICE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Generic Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DEVICE_FEATURE_COUNT = DEVICE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Generic Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DEVICE_OPERATION_COUNT = DEVICE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.trace.impl.GenericQueueImpl <em>Generic Queue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.trace.impl.GenericQueueImpl
	 * @see io.ringside.model.trace.impl.TracePackageImpl#getGenericQueue()
	 * @generated
	 */
	int GENERIC_QUEUE = 6;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_QUEUE__INDEX = QUEUE__INDEX;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_QUEUE__SIZE = QUEUE__SIZE;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_QUEUE__LAYOUT = QUEUE__LAYOUT;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_QUEUE__LABEL = QUEUE__LABEL;

	/**
	 * The feature id for the '<em><b>Outstanding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_QUEUE__OUTSTANDING = QUEUE__OUTSTANDING;

	/**
	 * The feature id for the '<em><b>Notifications</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_QUEUE__NOTIFICATIONS = QUEUE__NOTIFICATIONS;

	/**
	 * The feature id for the '<em><b>Interrupts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_QUEUE__INTERRUPTS = QUEUE__INTERRUPTS;

	/**
	 * The feature id for the '<em><b>Requests</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_QUEUE__REQUESTS = QUEUE__REQUESTS;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_QUEUE__ENTRIES = QUEUE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Generic Queue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_QUEUE_FEATURE_COUNT = QUEUE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Generic Queue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_QUEUE_OPERATION_COUNT = QUEUE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.ringside.model.trace.impl.StateEntryImpl <em>State Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.ringside.model.trace.impl.StateEntryImpl
	 * @see io.ringside.model.trace.impl.TracePackageImpl#getStateEntry()
	 * @generated
	 */
	int STATE_ENTRY = 7;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_ENTRY__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_ENTRY__LABEL = 2;

	/**
	 * The number of structural features of the '<em>State Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_ENTRY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>State Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATE_ENTRY_OPERATION_COUNT = 0;


	/**
	 * Returns the meta object for class '{@link io.ringside.model.trace.Trace <em>Trace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trace</em>'.
	 * @see io.ringside.model.trace.Trace
	 * @generated
	 */
	EClass getTrace();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Trace#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.ringside.model.trace.Trace#getName()
	 * @see #getTrace()
	 * @generated
	 */
	EAttribute getTrace_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Trace#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see io.ringside.model.trace.Trace#getPath()
	 * @see #getTrace()
	 * @generated
	 */
	EAttribute getTrace_Path();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Trace#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see io.ringside.model.trace.Trace#getFormat()
	 * @see #getTrace()
	 * @generated
	 */
	EAttribute getTrace_Format();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Trace#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see io.ringside.model.trace.Trace#getLevel()
	 * @see #getTrace()
	 * @generated
	 */
	EAttribute getTrace_Level();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Trace#getProducer <em>Producer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Producer</em>'.
	 * @see io.ringside.model.trace.Trace#getProducer()
	 * @see #getTrace()
	 * @generated
	 */
	EAttribute getTrace_Producer();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Trace#getEventCount <em>Event Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Count</em>'.
	 * @see io.ringside.model.trace.Trace#getEventCount()
	 * @see #getTrace()
	 * @generated
	 */
	EAttribute getTrace_EventCount();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Trace#getViolationCount <em>Violation Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Violation Count</em>'.
	 * @see io.ringside.model.trace.Trace#getViolationCount()
	 * @see #getTrace()
	 * @generated
	 */
	EAttribute getTrace_ViolationCount();

	/**
	 * Returns the meta object for the containment reference '{@link io.ringside.model.trace.Trace#getCursor <em>Cursor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cursor</em>'.
	 * @see io.ringside.model.trace.Trace#getCursor()
	 * @see #getTrace()
	 * @generated
	 */
	EReference getTrace_Cursor();

	/**
	 * Returns the meta object for the containment reference list '{@link io.ringside.model.trace.Trace#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Devices</em>'.
	 * @see io.ringside.model.trace.Trace#getDevices()
	 * @see #getTrace()
	 * @generated
	 */
	EReference getTrace_Devices();

	/**
	 * Returns the meta object for the containment reference list '{@link io.ringside.model.trace.Trace#getViolations <em>Violations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Violations</em>'.
	 * @see io.ringside.model.trace.Trace#getViolations()
	 * @see #getTrace()
	 * @generated
	 */
	EReference getTrace_Violations();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.trace.Cursor <em>Cursor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cursor</em>'.
	 * @see io.ringside.model.trace.Cursor
	 * @generated
	 */
	EClass getCursor();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Cursor#getEvent <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event</em>'.
	 * @see io.ringside.model.trace.Cursor#getEvent()
	 * @see #getCursor()
	 * @generated
	 */
	EAttribute getCursor_Event();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Cursor#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see io.ringside.model.trace.Cursor#getTime()
	 * @see #getCursor()
	 * @generated
	 */
	EAttribute getCursor_Time();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Cursor#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.ringside.model.trace.Cursor#getKind()
	 * @see #getCursor()
	 * @generated
	 */
	EAttribute getCursor_Kind();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Cursor#getDeviceId <em>Device Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Id</em>'.
	 * @see io.ringside.model.trace.Cursor#getDeviceId()
	 * @see #getCursor()
	 * @generated
	 */
	EAttribute getCursor_DeviceId();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Cursor#getQueueIndex <em>Queue Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queue Index</em>'.
	 * @see io.ringside.model.trace.Cursor#getQueueIndex()
	 * @see #getCursor()
	 * @generated
	 */
	EAttribute getCursor_QueueIndex();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Cursor#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see io.ringside.model.trace.Cursor#getText()
	 * @see #getCursor()
	 * @generated
	 */
	EAttribute getCursor_Text();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.trace.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device</em>'.
	 * @see io.ringside.model.trace.Device
	 * @generated
	 */
	EClass getDevice();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Device#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.ringside.model.trace.Device#getId()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Device#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see io.ringside.model.trace.Device#getType()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Type();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Device#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.ringside.model.trace.Device#getName()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Name();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Device#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.trace.Device#getLabel()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Label();

	/**
	 * Returns the meta object for the containment reference list '{@link io.ringside.model.trace.Device#getQueues <em>Queues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Queues</em>'.
	 * @see io.ringside.model.trace.Device#getQueues()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Queues();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.trace.Queue <em>Queue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Queue</em>'.
	 * @see io.ringside.model.trace.Queue
	 * @generated
	 */
	EClass getQueue();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Queue#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see io.ringside.model.trace.Queue#getIndex()
	 * @see #getQueue()
	 * @generated
	 */
	EAttribute getQueue_Index();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Queue#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see io.ringside.model.trace.Queue#getSize()
	 * @see #getQueue()
	 * @generated
	 */
	EAttribute getQueue_Size();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Queue#getLayout <em>Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layout</em>'.
	 * @see io.ringside.model.trace.Queue#getLayout()
	 * @see #getQueue()
	 * @generated
	 */
	EAttribute getQueue_Layout();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Queue#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.trace.Queue#getLabel()
	 * @see #getQueue()
	 * @generated
	 */
	EAttribute getQueue_Label();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Queue#getOutstanding <em>Outstanding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outstanding</em>'.
	 * @see io.ringside.model.trace.Queue#getOutstanding()
	 * @see #getQueue()
	 * @generated
	 */
	EAttribute getQueue_Outstanding();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Queue#getNotifications <em>Notifications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notifications</em>'.
	 * @see io.ringside.model.trace.Queue#getNotifications()
	 * @see #getQueue()
	 * @generated
	 */
	EAttribute getQueue_Notifications();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Queue#getInterrupts <em>Interrupts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interrupts</em>'.
	 * @see io.ringside.model.trace.Queue#getInterrupts()
	 * @see #getQueue()
	 * @generated
	 */
	EAttribute getQueue_Interrupts();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Queue#getRequests <em>Requests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Requests</em>'.
	 * @see io.ringside.model.trace.Queue#getRequests()
	 * @see #getQueue()
	 * @generated
	 */
	EAttribute getQueue_Requests();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.trace.Violation <em>Violation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Violation</em>'.
	 * @see io.ringside.model.trace.Violation
	 * @generated
	 */
	EClass getViolation();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Violation#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see io.ringside.model.trace.Violation#getRuleId()
	 * @see #getViolation()
	 * @generated
	 */
	EAttribute getViolation_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Violation#getSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section</em>'.
	 * @see io.ringside.model.trace.Violation#getSection()
	 * @see #getViolation()
	 * @generated
	 */
	EAttribute getViolation_Section();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Violation#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see io.ringside.model.trace.Violation#getSeverity()
	 * @see #getViolation()
	 * @generated
	 */
	EAttribute getViolation_Severity();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Violation#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see io.ringside.model.trace.Violation#getMessage()
	 * @see #getViolation()
	 * @generated
	 */
	EAttribute getViolation_Message();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Violation#getEvent <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event</em>'.
	 * @see io.ringside.model.trace.Violation#getEvent()
	 * @see #getViolation()
	 * @generated
	 */
	EAttribute getViolation_Event();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Violation#getDeviceId <em>Device Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Id</em>'.
	 * @see io.ringside.model.trace.Violation#getDeviceId()
	 * @see #getViolation()
	 * @generated
	 */
	EAttribute getViolation_DeviceId();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Violation#getQueueIndex <em>Queue Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queue Index</em>'.
	 * @see io.ringside.model.trace.Violation#getQueueIndex()
	 * @see #getViolation()
	 * @generated
	 */
	EAttribute getViolation_QueueIndex();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.Violation#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.trace.Violation#getLabel()
	 * @see #getViolation()
	 * @generated
	 */
	EAttribute getViolation_Label();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.trace.GenericDevice <em>Generic Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Generic Device</em>'.
	 * @see io.ringside.model.trace.GenericDevice
	 * @generated
	 */
	EClass getGenericDevice();

	/**
	 * Returns the meta object for the containment reference list '{@link io.ringside.model.trace.GenericDevice#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see io.ringside.model.trace.GenericDevice#getEntries()
	 * @see #getGenericDevice()
	 * @generated
	 */
	EReference getGenericDevice_Entries();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.trace.GenericQueue <em>Generic Queue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Generic Queue</em>'.
	 * @see io.ringside.model.trace.GenericQueue
	 * @generated
	 */
	EClass getGenericQueue();

	/**
	 * Returns the meta object for the containment reference list '{@link io.ringside.model.trace.GenericQueue#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see io.ringside.model.trace.GenericQueue#getEntries()
	 * @see #getGenericQueue()
	 * @generated
	 */
	EReference getGenericQueue_Entries();

	/**
	 * Returns the meta object for class '{@link io.ringside.model.trace.StateEntry <em>State Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>State Entry</em>'.
	 * @see io.ringside.model.trace.StateEntry
	 * @generated
	 */
	EClass getStateEntry();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.StateEntry#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see io.ringside.model.trace.StateEntry#getKey()
	 * @see #getStateEntry()
	 * @generated
	 */
	EAttribute getStateEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.StateEntry#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see io.ringside.model.trace.StateEntry#getValue()
	 * @see #getStateEntry()
	 * @generated
	 */
	EAttribute getStateEntry_Value();

	/**
	 * Returns the meta object for the attribute '{@link io.ringside.model.trace.StateEntry#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.ringside.model.trace.StateEntry#getLabel()
	 * @see #getStateEntry()
	 * @generated
	 */
	EAttribute getStateEntry_Label();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TraceFactory getTraceFactory();

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
		 * The meta object literal for the '{@link io.ringside.model.trace.impl.TraceImpl <em>Trace</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.trace.impl.TraceImpl
		 * @see io.ringside.model.trace.impl.TracePackageImpl#getTrace()
		 * @generated
		 */
		EClass TRACE = eINSTANCE.getTrace();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE__NAME = eINSTANCE.getTrace_Name();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE__PATH = eINSTANCE.getTrace_Path();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE__FORMAT = eINSTANCE.getTrace_Format();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE__LEVEL = eINSTANCE.getTrace_Level();

		/**
		 * The meta object literal for the '<em><b>Producer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE__PRODUCER = eINSTANCE.getTrace_Producer();

		/**
		 * The meta object literal for the '<em><b>Event Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE__EVENT_COUNT = eINSTANCE.getTrace_EventCount();

		/**
		 * The meta object literal for the '<em><b>Violation Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACE__VIOLATION_COUNT = eINSTANCE.getTrace_ViolationCount();

		/**
		 * The meta object literal for the '<em><b>Cursor</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACE__CURSOR = eINSTANCE.getTrace_Cursor();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACE__DEVICES = eINSTANCE.getTrace_Devices();

		/**
		 * The meta object literal for the '<em><b>Violations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRACE__VIOLATIONS = eINSTANCE.getTrace_Violations();

		/**
		 * The meta object literal for the '{@link io.ringside.model.trace.impl.CursorImpl <em>Cursor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.trace.impl.CursorImpl
		 * @see io.ringside.model.trace.impl.TracePackageImpl#getCursor()
		 * @generated
		 */
		EClass CURSOR = eINSTANCE.getCursor();

		/**
		 * The meta object literal for the '<em><b>Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURSOR__EVENT = eINSTANCE.getCursor_Event();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURSOR__TIME = eINSTANCE.getCursor_Time();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURSOR__KIND = eINSTANCE.getCursor_Kind();

		/**
		 * The meta object literal for the '<em><b>Device Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURSOR__DEVICE_ID = eINSTANCE.getCursor_DeviceId();

		/**
		 * The meta object literal for the '<em><b>Queue Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURSOR__QUEUE_INDEX = eINSTANCE.getCursor_QueueIndex();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURSOR__TEXT = eINSTANCE.getCursor_Text();

		/**
		 * The meta object literal for the '{@link io.ringside.model.trace.impl.DeviceImpl <em>Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.trace.impl.DeviceImpl
		 * @see io.ringside.model.trace.impl.TracePackageImpl#getDevice()
		 * @generated
		 */
		EClass DEVICE = eINSTANCE.getDevice();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__ID = eINSTANCE.getDevice_Id();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__TYPE = eINSTANCE.getDevice_Type();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__NAME = eINSTANCE.getDevice_Name();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__LABEL = eINSTANCE.getDevice_Label();

		/**
		 * The meta object literal for the '<em><b>Queues</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__QUEUES = eINSTANCE.getDevice_Queues();

		/**
		 * The meta object literal for the '{@link io.ringside.model.trace.impl.QueueImpl <em>Queue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.trace.impl.QueueImpl
		 * @see io.ringside.model.trace.impl.TracePackageImpl#getQueue()
		 * @generated
		 */
		EClass QUEUE = eINSTANCE.getQueue();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE__INDEX = eINSTANCE.getQueue_Index();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE__SIZE = eINSTANCE.getQueue_Size();

		/**
		 * The meta object literal for the '<em><b>Layout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE__LAYOUT = eINSTANCE.getQueue_Layout();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE__LABEL = eINSTANCE.getQueue_Label();

		/**
		 * The meta object literal for the '<em><b>Outstanding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE__OUTSTANDING = eINSTANCE.getQueue_Outstanding();

		/**
		 * The meta object literal for the '<em><b>Notifications</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE__NOTIFICATIONS = eINSTANCE.getQueue_Notifications();

		/**
		 * The meta object literal for the '<em><b>Interrupts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE__INTERRUPTS = eINSTANCE.getQueue_Interrupts();

		/**
		 * The meta object literal for the '<em><b>Requests</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUEUE__REQUESTS = eINSTANCE.getQueue_Requests();

		/**
		 * The meta object literal for the '{@link io.ringside.model.trace.impl.ViolationImpl <em>Violation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.trace.impl.ViolationImpl
		 * @see io.ringside.model.trace.impl.TracePackageImpl#getViolation()
		 * @generated
		 */
		EClass VIOLATION = eINSTANCE.getViolation();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION__RULE_ID = eINSTANCE.getViolation_RuleId();

		/**
		 * The meta object literal for the '<em><b>Section</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION__SECTION = eINSTANCE.getViolation_Section();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION__SEVERITY = eINSTANCE.getViolation_Severity();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION__MESSAGE = eINSTANCE.getViolation_Message();

		/**
		 * The meta object literal for the '<em><b>Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION__EVENT = eINSTANCE.getViolation_Event();

		/**
		 * The meta object literal for the '<em><b>Device Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION__DEVICE_ID = eINSTANCE.getViolation_DeviceId();

		/**
		 * The meta object literal for the '<em><b>Queue Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION__QUEUE_INDEX = eINSTANCE.getViolation_QueueIndex();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIOLATION__LABEL = eINSTANCE.getViolation_Label();

		/**
		 * The meta object literal for the '{@link io.ringside.model.trace.impl.GenericDeviceImpl <em>Generic Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.trace.impl.GenericDeviceImpl
		 * @see io.ringside.model.trace.impl.TracePackageImpl#getGenericDevice()
		 * @generated
		 */
		EClass GENERIC_DEVICE = eINSTANCE.getGenericDevice();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GENERIC_DEVICE__ENTRIES = eINSTANCE.getGenericDevice_Entries();

		/**
		 * The meta object literal for the '{@link io.ringside.model.trace.impl.GenericQueueImpl <em>Generic Queue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.trace.impl.GenericQueueImpl
		 * @see io.ringside.model.trace.impl.TracePackageImpl#getGenericQueue()
		 * @generated
		 */
		EClass GENERIC_QUEUE = eINSTANCE.getGenericQueue();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GENERIC_QUEUE__ENTRIES = eINSTANCE.getGenericQueue_Entries();

		/**
		 * The meta object literal for the '{@link io.ringside.model.trace.impl.StateEntryImpl <em>State Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.ringside.model.trace.impl.StateEntryImpl
		 * @see io.ringside.model.trace.impl.TracePackageImpl#getStateEntry()
		 * @generated
		 */
		EClass STATE_ENTRY = eINSTANCE.getStateEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_ENTRY__KEY = eINSTANCE.getStateEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_ENTRY__VALUE = eINSTANCE.getStateEntry_Value();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATE_ENTRY__LABEL = eINSTANCE.getStateEntry_Label();

	}

} //TracePackage
